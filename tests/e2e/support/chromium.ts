// The system Chromium and how it runs here: Playwright never downloads a browser, and the
// browser makes no background connections of its own (they would fail on a closed network).
// Shared by playwright.config.ts, specs that need other flags, and the benchmarks.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * For pages served by a Playwright route as if they were public websites (a region's site with
 * the widget, the bare SDK page): Chromium's local network access checks would keep such a page
 * from calling Koers on the loopback address. A real Koers host is public, so only tests need this.
 */
export const publicPageArgs = [
  ...chromiumArgs,
  '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
];
