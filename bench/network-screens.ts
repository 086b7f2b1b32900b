// Firestore reads and time to content of the network and offer screens (issue 4), measured in
// headless Chromium against the app on the Hosting emulator with the seeded demo data.
// Each screen is opened by a fresh sign-in, so its reads include the session's own (the
// access document and the region), which the "sign-in only" row shows on its own. Run:
//   (cd web && npx vite build --mode emulator)
//   node scripts/with-emulators.mjs -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/network-screens.ts'
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.js';
import { demoAccounts, demoInstituteId, demoPassword, demoSchoolId } from '../scripts/seed/accounts.js';

const origin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';
const runs = Number(process.env.BENCH_RUNS ?? 3);

const screens: Array<{ label: string; role: 'coordinator' | 'adviser' | 'hr' | 'training'; path: string }> = [
  { label: 'sign-in only (region start page)', role: 'coordinator', path: '/regio' },
  { label: 'network overview', role: 'coordinator', path: '/netwerk?regio=nijmegen' },
  { label: 'organisation page (school)', role: 'coordinator', path: `/netwerk/organisaties/${demoSchoolId}?regio=nijmegen` },
  { label: 'organisation page (institute)', role: 'adviser', path: `/netwerk/organisaties/${demoInstituteId}?regio=nijmegen` },
  { label: 'activities', role: 'adviser', path: '/activiteiten?regio=nijmegen' },
  { label: 'activity with registrations', role: 'adviser', path: '/activiteiten/nijmegen-activiteit-1?regio=nijmegen' },
  { label: 'region settings', role: 'coordinator', path: '/regio/instellingen?regio=nijmegen' },
  { label: 'own school (HR)', role: 'hr', path: '/organisatie' },
  { label: 'own institute (training)', role: 'training', path: '/organisatie' },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

const reads = (page: Page) => page.evaluate(() => (window as unknown as { __koersReads: number }).__koersReads);

async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .mantine-Loader-root').length === 0);
}

async function quiet(page: Page): Promise<void> {
  // Reads settle when no new document arrives for a second.
  let last = -1;
  for (;;) {
    const now = await reads(page);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(1_000);
  }
}

console.log(`| screen | as | reads (sign-in to settled) | time to content after navigation, median of ${runs} |`);
console.log('|---|---|---|---|');
for (const screen of screens) {
  const account = demoAccounts.find((candidate) => candidate.role === screen.role && (candidate.regionId === 'nijmegen' || candidate.regionId === null));
  if (!account) throw new Error(`no demo account for ${screen.role}`);
  const times: number[] = [];
  let total = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${origin}/inloggen`);
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill(demoPassword);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await settled(page);
    // A client-side navigation, as a person clicking through the app does.
    const started = performance.now();
    await page.evaluate((path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, screen.path);
    await settled(page);
    times.push(performance.now() - started);
    await quiet(page);
    total = await reads(page);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(`| ${screen.label} | ${screen.role} | ${total} | ${Math.round(times[Math.floor(times.length / 2)] ?? NaN)} ms |`);
}
await browser.close();
