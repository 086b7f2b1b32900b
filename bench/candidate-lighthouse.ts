// Lighthouse (mobile, its default form factor and throttling) on the main pages of the candidate
// app, signed in as the demo candidate: accessibility and performance scores, with what failed.
// Targets: accessibility >= 95, performance >= 90. Not part of `npm test` (slow, and scores vary
// with the machine); run it by hand against the built app on the hosting emulator:
//
//   npm run build -w functions
//   cd web && npx vite build --mode emulator && npx vite build --mode emulator --config mijn/vite.config.ts && cd ..
//   node scripts/with-emulators.mjs --only auth,firestore,functions,hosting -- \
//     'npx tsx scripts/seed.ts --reset && npx tsx bench/candidate-lighthouse.ts'
//
// (With KOERS_EMULATOR_PORT_OFFSET=<N> on every command for a shifted stack.) Options:
// --json <file> writes the full results. Exit code 1 when a page misses a target.
//
// How it signs in: Chromium starts through Playwright with a persistent profile and a DevTools
// port; the candidate signs in by e-mail link in that profile; Lighthouse then opens each page
// in the same browser, keeping the profile's storage (disableStorageReset), so it is signed in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { accounts } from '../tests/e2e/support/accounts.js';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.js';
import { latestSignInLink, signInLinkCount } from '../tests/e2e/support/emulator-data.js';

const allPages = ['/mijn', '/mijn/routes', '/mijn/activiteiten', '/mijn/gegevens', '/mijn/inloggen'];
// --pages /mijn,/mijn/routes measures only those (to try a change quickly).
const pagesIndex = process.argv.indexOf('--pages');
const pages = pagesIndex >= 0 ? (process.argv[pagesIndex + 1] ?? '').split(',').filter(Boolean) : allPages;
const targets = { accessibility: 95, performance: 90 };

const origin = process.env.KOERS_HOSTING_ORIGIN;
if (!origin) {
  console.error('Run this through scripts/with-emulators.mjs (with hosting): it needs KOERS_HOSTING_ORIGIN.');
  process.exit(2);
}
const port = 9222 + Number(process.env.KOERS_EMULATOR_PORT_OFFSET ?? 0);
const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;

async function waitFor<T>(read: () => Promise<T | null>, what: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface PageResult {
  path: string;
  accessibility: number;
  performance: number;
  metrics: Record<string, string>;
  failing: string[];
  heaviest: string[];
  longTasks: string[];
}

const profile = mkdtempSync(join(tmpdir(), 'koers-lighthouse-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, `--remote-debugging-port=${port}`],
  viewport: { width: 360, height: 740 },
  locale: 'nl-NL',
});
const results: PageResult[] = [];
// Lighthouse's measure of this machine's CPU (a mid-range desktop scores ~1,500): its 4× slowdown
// assumes such a desktop, so on a slower machine the same page scores worse than on a phone.
const benchmarkIndexes: number[] = [];
try {
  // Sign in by e-mail link in the profile Lighthouse will use.
  const email = accounts.candidate;
  const page = browser.pages()[0] ?? (await browser.newPage());
  const before = await signInLinkCount(email);
  await page.goto(`${origin}/mijn/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await waitFor(async () => ((await signInLinkCount(email)) > before ? true : null), 'the sign-in link');
  const link = await latestSignInLink(email);
  if (!link) throw new Error(`No sign-in link for ${email}`);
  await page.goto(link);
  await page.waitForURL(/\/mijn\/?$/, { timeout: 60_000 });
  await page.getByRole('heading', { level: 1, name: /^Hallo / }).waitFor({ timeout: 30_000 });

  for (const path of pages) {
    // The sign-in page is measured signed in too: it renders its form either way.
    const runner = await lighthouse(`${origin}${path}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'performance'],
      disableStorageReset: true,
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = runner.lhr;
    benchmarkIndexes.push(Math.round(runner.lhr.environment.benchmarkIndex));
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => {
        // Say why, where the audit lists reasons (bf-cache does).
        const reasons = ((audit.details as { items?: { reason?: unknown }[] } | undefined)?.items ?? []).map((item) => String(item.reason ?? '')).filter(Boolean);
        return `${audit.id}: ${audit.title}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`;
      });
    const metric = (id: string) => audits[id]?.displayValue ?? '–';
    // Where the blocking time comes from: the scripts that cost the main thread most.
    const bootup = (audits['bootup-time']?.details as { items?: { url: string; total: number; scripting: number }[] } | undefined)?.items ?? [];
    const heaviest = bootup.slice(0, 6).map((item) => `${item.url.replace(origin, '')}: ${Math.round(item.total)} ms (${Math.round(item.scripting)} ms script)`);
    // And which tasks block: the long tasks as Lighthouse simulated them (start, duration, script).
    const tasks = (audits['long-tasks']?.details as { items?: { url: string; startTime: number; duration: number }[] } | undefined)?.items ?? [];
    const longTasks = tasks.slice(0, 8).map((task) => `${Math.round(task.startTime)} ms: ${Math.round(task.duration)} ms ${task.url.replace(origin, '')}`);
    results.push({
      path,
      accessibility: score('accessibility'),
      performance: score('performance'),
      metrics: { FCP: metric('first-contentful-paint'), LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'), CLS: metric('cumulative-layout-shift') },
      failing,
      heaviest,
      longTasks,
    });
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`Lighthouse ${new Date().toISOString().slice(0, 10)}, mobile (default throttling), ${origin}, benchmark index ${benchmarkIndexes.join(', ')}\n`);
console.log('| page | accessibility | performance | FCP | LCP | TBT | CLS |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const result of results) {
  const { FCP, LCP, TBT, CLS } = result.metrics;
  console.log(`| ${result.path} | ${result.accessibility} | ${result.performance} | ${FCP} | ${LCP} | ${TBT} | ${CLS} |`);
}
for (const result of results) {
  console.log(`\n${result.path}, main-thread time by script:\n${result.heaviest.map((item) => `  - ${item}`).join('\n')}`);
  console.log(`${result.path}, long tasks:\n${result.longTasks.map((item) => `  - ${item}`).join('\n')}`);
}
for (const result of results.filter((item) => item.failing.length > 0)) {
  console.log(`\n${result.path} failing audits:\n${result.failing.map((item) => `  - ${item}`).join('\n')}`);
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 2));
const missed = results.filter((result) => result.accessibility < targets.accessibility || result.performance < targets.performance);
if (missed.length > 0) {
  console.error(`\nBelow target (accessibility ${targets.accessibility}, performance ${targets.performance}): ${missed.map((result) => result.path).join(', ')}`);
  process.exit(1);
}
