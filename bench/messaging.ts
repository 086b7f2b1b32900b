// Messaging: delivery latency from one browser's send to the other browser's screen, next to
// the bare Firestore SDK round trip measured in the same run; and the reads of opening a long
// thread and of the unread badge. Run against the built app:
//   (cd web && npx vite build --mode emulator)
//   node scripts/with-emulators.mjs -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/messaging.ts'
//
// App: the adviser types in a thread with the school's HR officer and presses Enter; the clock
// starts at that keydown and stops when the HR officer's open thread shows the text.
// Bare: two pages that load only the Firebase SDK, signed in as the same two people; one adds
// a message document, the other's onSnapshot on the thread's newest messages sees it.
// Reads: the web app's read meter (window.__koersReads, emulators only), from the thread list
// until nothing new arrived for a second, then opening a thread of 300 messages.
// Both clocks are performance.timeOrigin + performance.now() in pages of one Chromium.
import { chromium, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { threadSchema } from '@koers/domain';
import { chromiumPath, publicPageArgs } from '../tests/e2e/support/chromium.js';
import { demoPassword } from '../scripts/seed/accounts.js';
import { barePage, bareRoundTrips, percentiles } from './lib/bare-sdk.js';

const origin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';
const runs = Number(process.env.BENCH_RUNS ?? 30);
const projectId = process.env.GCLOUD_PROJECT ?? 'demo-koers';
const writerEmail = 'adviser.nijmegen@demo.koers.nl';
const readerEmail = 'hr.nijmegen@demo.koers.nl';
const longThreadMessages = 300;

const admin = getApps()[0] ?? initializeApp({ projectId });
const db = getFirestore(admin);
const writer = await getAuth(admin).getUserByEmail(writerEmail);
const reader = await getAuth(admin).getUserByEmail(readerEmail);

/** A general Nijmegen thread between the two, written as startThread would. */
async function makeThread(id: string, title: string, messages = 0): Promise<void> {
  const createdAt = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const person = (name: string, role: 'adviser' | 'hr', organisationName: string | null) => ({ name, role, organisationName, addedAt: createdAt, addedBy: writer.uid, history: 'all' as const });
  const thread = threadSchema.parse({
    title,
    regionId: 'nijmegen',
    candidateId: null,
    includesCandidate: false,
    participantUids: [writer.uid, reader.uid],
    participants: { [writer.uid]: person(writer.displayName ?? 'Adviseur', 'adviser', null), [reader.uid]: person(reader.displayName ?? 'HR', 'hr', 'Kindcentrum De Klimop') },
    visibleFrom: { [writer.uid]: createdAt, [reader.uid]: createdAt },
    createdBy: writer.uid,
    createdAt,
    lastActivityAt: createdAt,
    lastMessage: null,
    messageCount: messages,
    unread: { [writer.uid]: 0, [reader.uid]: 0 },
    readAt: {},
  });
  await db.doc(`threads/${id}`).set(thread);
  for (let start = 0; start < messages; start += 250) {
    const batch = db.batch();
    for (let n = start; n < Math.min(messages, start + 250); n++) {
      const at = new Date(createdAt.getTime() + n * 60_000);
      batch.set(db.doc(`threads/${id}/messages/m${String(n).padStart(4, '0')}`), {
        kind: 'text',
        authorUid: n % 2 ? reader.uid : writer.uid,
        authorName: n % 2 ? thread.participants[reader.uid]!.name : thread.participants[writer.uid]!.name,
        text: `Bericht ${n + 1}`,
        mentions: [],
        createdAt: Timestamp.fromDate(at),
        editedAt: null,
        deleted: false,
        deliveredAt: Timestamp.fromDate(at),
        event: null,
      });
    }
    await batch.commit();
  }
}

await makeThread('bench-app', 'Bench: app');
await makeThread('bench-bare', 'Bench: bare SDK');
await makeThread('bench-long', 'Bench: lang gesprek', longThreadMessages);

const browser = await chromium.launch({ executablePath: chromiumPath, args: publicPageArgs });
const clock = () => performance.timeOrigin + performance.now();
const reads = (page: Page) => page.evaluate(() => (window as unknown as { __koersReads: number }).__koersReads);

async function signedIn(email: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${origin}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  return page;
}

/** Waits until the read meter stood still for `quietMs`, and returns the count. */
async function settledReads(page: Page, quietMs = 1000): Promise<number> {
  let last = await reads(page);
  let since = clock();
  while (clock() - since < quietMs) {
    await page.waitForTimeout(100);
    const now = await reads(page);
    if (now !== last) {
      last = now;
      since = clock();
    }
  }
  return last;
}

// ── Reads ──────────────────────────────────────────────────────────────────────────────

async function measureReads(): Promise<{ list: number; open: number; shown: number }> {
  const page = await signedIn(writerEmail);
  await page.goto(`${origin}/berichten`);
  await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
  const list = await settledReads(page);
  // A client-side navigation, as clicking the thread in the list does.
  await page.getByRole('link', { name: /Bench: lang gesprek/ }).first().click();
  await page.getByRole('log').getByText(`Bericht ${longThreadMessages}`, { exact: true }).waitFor();
  const open = (await settledReads(page)) - list;
  const shown = await page.getByRole('log').getByRole('listitem').count();
  await page.context().close();
  return { list, open, shown };
}

// ── The app ────────────────────────────────────────────────────────────────────────────

async function openThread(email: string): Promise<Page> {
  const page = await signedIn(email);
  await page.goto(`${origin}/berichten/bench-app`);
  await page.getByRole('textbox', { name: 'Bericht' }).waitFor({ timeout: 60_000 });
  return page;
}

/** Filled by appRoundTrips: Enter in one page → the message in the other page's query cache. */
const dataLayer: number[] = [];

async function appRoundTrips(): Promise<number[]> {
  const sender = await openThread(writerEmail);
  const receiver = await openThread(readerEmail);
  await sender.evaluate(`document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) window.__sentAt = performance.timeOrigin + performance.now();
  }, true)`);
  // The data layer apart from rendering: the message landing in the receiver's query cache
  // (the query client is exposed on the emulators only).
  await receiver.evaluate(`window.__cachedAt = new Map(); window.__koersQueryClient.getQueryCache().subscribe((event) => {
    const key = event.query.queryKey;
    if (event.type === 'updated' && key[0] === 'messaging' && key[3] === 'messages' && Array.isArray(event.query.state.data)) {
      for (const message of event.query.state.data) if (!window.__cachedAt.has(message.text)) window.__cachedAt.set(message.text, performance.timeOrigin + performance.now());
    }
  })`);
  const times: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const text = `Bench ${run} ${Math.random().toString(36).slice(2, 10)}`;
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    const seen = receiver.evaluate<number>(`new Promise((resolve) => {
      const expected = ${JSON.stringify(text)};
      const log = () => document.querySelector('[role="log"]');
      const check = () => {
        if (log()?.textContent?.includes(expected)) {
          observer.disconnect();
          resolve(performance.timeOrigin + performance.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      check();
    })`);
    const box = sender.getByRole('textbox', { name: 'Bericht' });
    await box.fill(text);
    await box.press('Enter');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<number>((_, reject) => {
      timer = setTimeout(() => {
        void Promise.all([sender.screenshot({ path: 'bench-sender.png' }), receiver.screenshot({ path: 'bench-receiver.png' })]).finally(() =>
          reject(new Error(`message ${run} did not arrive within 30 s (screenshots: bench-sender.png, bench-receiver.png)`)),
        );
      }, 30_000);
    });
    const shownAt = await Promise.race([seen, late]).finally(() => clearTimeout(timer));
    const sentAt = await sender.evaluate<number>('window.__sentAt');
    const cachedAt = await receiver.evaluate<number>(`window.__cachedAt.get(${JSON.stringify(text)})`);
    if (run >= 2) {
      times.push(shownAt - sentAt);
      dataLayer.push(cachedAt - sentAt);
    }
  }
  await sender.context().close();
  await receiver.context().close();
  return times;
}

// ── The bare SDK ───────────────────────────────────────────────────────────────────────

function bareThreadPage(email: string, name: string): Promise<Page> {
  return barePage(browser, {
    origin,
    projectId,
    email,
    password: demoPassword,
    script: `
      window.__bench.seen = new Map();
      const messages = fs.collection(db, 'threads', 'bench-bare', 'messages');
      // The same query the app makes: the rules only allow messages from my visibleFrom on.
      const from = (await fs.getDoc(fs.doc(db, 'threads', 'bench-bare'))).get('visibleFrom')[user.uid];
      const newest = fs.query(messages, fs.where('createdAt', '>=', from), fs.orderBy('createdAt', 'desc'), fs.limit(50));
      await new Promise((resolve, reject) => fs.onSnapshot(newest, (snapshot) => {
        for (const change of snapshot.docChanges()) window.__bench.seen.set(change.doc.get('text'), performance.timeOrigin + performance.now());
        resolve();
      }, reject));
      window.__bench.write = async (text) => {
        const started = performance.timeOrigin + performance.now();
        await fs.addDoc(messages, {
          kind: 'text', authorUid: user.uid, authorName: ${JSON.stringify(name)}, text, mentions: [],
          createdAt: fs.serverTimestamp(), editedAt: null, deleted: false, deliveredAt: null, event: null,
        });
        return started;
      };
      window.__bench.ready = true;
    `,
  });
}

async function bareMessageRoundTrips(): Promise<number[]> {
  const sender = await bareThreadPage(writerEmail, writer.displayName ?? 'Adviseur');
  const receiver = await bareThreadPage(readerEmail, reader.displayName ?? 'HR');
  const times = await bareRoundTrips(sender, receiver, runs, (run) => `Bare ${run} ${Math.random().toString(36).slice(2, 10)}`);
  await sender.context().close();
  await receiver.context().close();
  return times;
}

const started = clock();
const readCounts = await measureReads();
// Both measured in turn, twice, so neither always runs on a colder or busier emulator.
const app: number[] = [];
const bare: number[] = [];
for (let round = 0; round < 2; round++) {
  bare.push(...(await bareMessageRoundTrips()));
  app.push(...(await appRoundTrips()));
}
await browser.close();

const rows = [
  percentiles('bare SDK: addDoc → other browser’s onSnapshot', bare),
  percentiles('Koers: Enter in one thread → text on the other’s screen', app),
  percentiles('Koers data layer: Enter → message in the other browser’s query cache', dataLayer),
];
console.log(`${runs * 2} messages each, ${((clock() - started) / 1000).toFixed(0)} s\n`);
console.log('| round trip | p50 | p95 |');
console.log('|---|---|---|');
for (const row of rows) console.log(`| ${row.label} | ${row.p50.toFixed(0)} ms | ${row.p95.toFixed(0)} ms |`);
console.log('\n| reads (adviser) | documents |');
console.log('|---|---|');
console.log(`| sign-in and /berichten until settled (start page, thread list with badge, bell) | ${readCounts.list} |`);
console.log(`| opening a thread of ${longThreadMessages} messages | ${readCounts.open} (${readCounts.shown} messages shown) |`);
process.exit(0);
