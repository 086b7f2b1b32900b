// Co-editing latency: how long one browser's saved change takes to show in another browser's
// page, next to the bare Firestore SDK round trip (write in one browser, snapshot in another)
// measured in the same run, same browser and same emulator. Run against the built app:
//   (cd web && npx vite build --mode emulator)
//   node scripts/with-emulators.mjs -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/co-editing.ts'
//
// App: the adviser saves the phone field of a dossier through the dossier's field editor
// (a transaction that checks nobody changed the field meanwhile); the clock starts at the
// click on "Opslaan" and stops when the coordinator's open dossier shows the new value.
// Bare: two pages that load only the Firebase SDK, signed in as the same two people; one
// calls updateDoc on the same document, the other's onSnapshot sees it.
// Both clocks are performance.timeOrigin + performance.now() in pages of one Chromium, so
// times from the two pages compare. BENCH_DEBUG=1 also prints the pages' console and the
// long tasks (main-thread work over 50 ms) of the app's two pages.
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, publicPageArgs } from '../tests/e2e/support/chromium.js';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { demoPassword } from '../scripts/seed/accounts.js';
import { barePage, bareRoundTrips, percentiles as summary } from './lib/bare-sdk.js';

const origin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';
const runs = Number(process.env.BENCH_RUNS ?? 30);
const projectId = process.env.GCLOUD_PROJECT ?? 'demo-koers';
const writerEmail = 'adviser.nijmegen@demo.koers.nl';
const readerEmail = 'coordinator.nijmegen@demo.koers.nl';

const admin = getApps()[0] ?? initializeApp({ projectId });
const writerUid = (await getAuth(admin).getUserByEmail(writerEmail)).uid;
const dossiers = await getFirestore(admin).collection('candidates').where('homeRegionId', '==', 'nijmegen').where('ownerUid', '==', writerUid).limit(2).get();
const [appDossier, bareDossier] = dossiers.docs;
if (!appDossier || !bareDossier) throw new Error('the seed has no two Nijmegen dossiers owned by the adviser; run scripts/seed.ts --reset first');

// The bare page is served by a Playwright route, which Chromium counts as a public address.
const browser = await chromium.launch({ executablePath: chromiumPath, args: publicPageArgs });

const clock = () => performance.timeOrigin + performance.now();

// ── The app ────────────────────────────────────────────────────────────────────────────

async function openDossier(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  page.on('console', (message) => process.env.BENCH_DEBUG && console.error(`app page: ${message.text()}`));
  await page.goto(`${origin}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.goto(`${origin}/kandidaten/${appDossier!.id}`);
  await page.getByTestId('value-phone').waitFor({ timeout: 60_000 });
  return page;
}

/** Filled by appRoundTrips: mutation start in one page → value in the other page's cache. */
const dataLayer: number[] = [];

async function appRoundTrips(): Promise<number[]> {
  const writer = await openDossier(writerEmail);
  const reader = await openDossier(readerEmail);
  // Records the moment a click on a save button starts (capture phase, before React's handler).
  await writer.evaluate(`document.addEventListener('click', (event) => {
    if (event.target.closest('button')?.textContent?.trim() === 'Opslaan') window.__savedAt = performance.timeOrigin + performance.now();
  }, true)`);
  // The data layer apart from rendering: the save's mutation starting in the writer's page,
  // the new value landing in the reader's query cache (exposed on the emulators only).
  await writer.evaluate(`window.__koersQueryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'added') window.__mutationAt = performance.timeOrigin + performance.now();
  })`);
  await reader.evaluate(`window.__cachedAt = new Map(); window.__koersQueryClient.getQueryCache().subscribe((event) => {
    const key = event.query.queryKey;
    if (event.type === 'updated' && key[0] === 'dossier' && key.length === 2 && event.query.state.data) {
      window.__cachedAt.set(event.query.state.data.phone, performance.timeOrigin + performance.now());
    }
  })`);
  if (process.env.BENCH_DEBUG) {
    await reader.evaluate(`window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: false })`);
    await writer.evaluate(`window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: false })`);
  }
  const times: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const value = `06 ${String(10_000_000 + run * 7919 + Math.floor(Math.random() * 1000)).slice(-8)}`;
    // The reader watches its page for the value before the writer saves it.
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    const seen = reader.evaluate<number>(`new Promise((resolve) => {
      const expected = ${JSON.stringify(value)};
      const observer = new MutationObserver(() => check());
      const check = () => {
        if (document.querySelector('[data-testid="value-phone"]')?.textContent === expected) {
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        }
      };
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      check();
    })`);
    await writer.getByRole('button', { name: 'Wijzigen: Telefoon', exact: true }).click();
    const form = writer.getByRole('form', { name: 'Telefoon', exact: true });
    await form.getByLabel('Telefoon', { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const shownAt = await seen;
    const savedAt = await writer.evaluate<number>('window.__savedAt');
    const mutationAt = await writer.evaluate<number>('window.__mutationAt');
    const cachedAt = await reader.evaluate<number>(`window.__cachedAt.get(${JSON.stringify(value)})`);
    await writer.getByTestId('value-phone').filter({ hasText: value }).waitFor();
    // The first two warm the connections and caches.
    if (run >= 2) {
      times.push(shownAt - savedAt);
      dataLayer.push(cachedAt - mutationAt);
    }
  }
  if (process.env.BENCH_DEBUG) console.error('long tasks reader', await reader.evaluate('window.__long'), 'writer', await writer.evaluate('window.__long'), 'times', times.map(Math.round));
  await writer.context().close();
  await reader.context().close();
  return times;
}

// ── The bare SDK ───────────────────────────────────────────────────────────────────────

function barePhonePage(email: string): Promise<Page> {
  return barePage(browser, {
    origin,
    projectId,
    email,
    password: demoPassword,
    script: `
      window.__bench.seen = new Map();
      const ref = fs.doc(db, 'candidates', '${bareDossier!.id}');
      await new Promise((resolve, reject) => fs.onSnapshot(ref, (snapshot) => {
        window.__bench.seen.set(snapshot.get('phone'), performance.timeOrigin + performance.now());
        resolve();
      }, reject));
      window.__bench.write = async (value) => {
        const started = performance.timeOrigin + performance.now();
        await fs.updateDoc(ref, { phone: value, updatedAt: fs.serverTimestamp(), updatedBy: user.uid });
        return started;
      };
      window.__bench.ready = true;
    `,
  });
}

async function barePhoneRoundTrips(): Promise<number[]> {
  const writer = await barePhonePage(writerEmail);
  const reader = await barePhonePage(readerEmail);
  const times = await bareRoundTrips(writer, reader, runs, (run) => `06 ${String(20_000_000 + run * 7919 + Math.floor(Math.random() * 1000)).slice(-8)}`);
  await writer.context().close();
  await reader.context().close();
  return times;
}

// Both measured in turn, twice, so neither always runs on a colder or busier emulator.
const app: number[] = [];
const bare: number[] = [];
const started = clock();
for (let round = 0; round < 2; round++) {
  bare.push(...(await barePhoneRoundTrips()));
  app.push(...(await appRoundTrips()));
}
await browser.close();

const rows = [
  summary('bare SDK: updateDoc → other browser’s onSnapshot', bare),
  summary('Koers: “Opslaan” in one dossier → value on the other’s screen', app),
  summary('Koers data layer: save starts → value in the other browser’s query cache', dataLayer),
];
console.log(`${runs * 2} changes each, ${((clock() - started) / 1000).toFixed(0)} s\n`);
console.log('| round trip | p50 | p95 |');
console.log('|---|---|---|');
for (const row of rows) console.log(`| ${row.label} | ${row.p50.toFixed(0)} ms | ${row.p95.toFixed(0)} ms |`);
const [bareRow, appRow, dataRow] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
const added = (row: (typeof rows)[0]) =>
  `${(((row.p50 - bareRow.p50) / bareRow.p50) * 100).toFixed(0)} % at p50 and ${(((row.p95 - bareRow.p95) / bareRow.p95) * 100).toFixed(0)} % at p95`;
console.log(`\nto the bare round trip, the data layer adds ${added(dataRow)}; the app with rendering ${added(appRow)}`);
process.exit(0);
