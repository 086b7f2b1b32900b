// Firestore reads and time to content for each role's start page, measured in headless
// Chromium against the app on the Hosting emulator (built with `vite build --mode emulator`,
// which exposes the web app's read meter, web/src/lib/read-meter.ts). Run:
//   (cd web && npx vite build --mode emulator)
//   node scripts/with-emulators.mjs -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/reads-per-screen.ts'
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.js';
import { demoAccounts, demoPassword } from '../scripts/seed/accounts.js';

const origin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const roles = ['admin', 'coordinator', 'adviser', 'director', 'hr', 'training', 'candidate'] as const;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Gzip size of the JS and CSS the sign-in page downloads, from the built files in web/dist. */
async function firstLoadKb(): Promise<number> {
  const page = await browser.newPage();
  const assets = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css)$/.test(pathname)) assets.add(pathname);
  });
  await page.goto(`${origin}/inloggen`, { waitUntil: 'networkidle' });
  await page.close();
  const dist = resolve(import.meta.dirname, '..', 'web', process.env.KOERS_WEB_OUT_DIR ?? 'dist');
  const bytes = [...assets].reduce((total, path) => total + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length, 0);
  return bytes / 1024;
}

console.log(`First load of the sign-in page: ${(await firstLoadKb()).toFixed(1)} kB of JS and CSS (gzip)\n`);

async function quiet(page: Page): Promise<void> {
  // Reads settle when no new document arrives for a second.
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => (window as unknown as { __koersReads: number }).__koersReads);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(1_000);
  }
}

console.log('| role | start page | reads (sign-in to settled) | time to content, median of', runs, '|');
console.log('|---|---|---|---|');
for (const role of roles) {
  const account = demoAccounts.find((candidate) => candidate.role === role && (candidate.regionId === 'nijmegen' || candidate.regionId === null));
  if (!account) throw new Error(`no demo account for ${role}`);
  const times: number[] = [];
  let reads = 0;
  let path = '';
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${origin}/inloggen`);
    await page.getByLabel('E-mailadres').fill(account.email);
    await page.getByLabel('Wachtwoord').fill(demoPassword);
    const started = performance.now();
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    // Content is there when the page's main heading shows and no loader is left.
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .mantine-Loader-root').length === 0);
    times.push(performance.now() - started);
    await quiet(page);
    reads = await page.evaluate(() => (window as unknown as { __koersReads: number }).__koersReads);
    path = new URL(page.url()).pathname;
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(`| ${role} | ${path} | ${reads} | ${Math.round(median)} ms |`);
}
await browser.close();
