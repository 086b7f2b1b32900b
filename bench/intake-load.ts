// Sustained intake through the pilot-compatible API: a steady 20 requests per second for 60 s
// (by default), as regions' websites would send at a busy moment, with new people and
// resubmissions mixed (about a quarter of the requests repeat an e-mail already sent, some while
// its first request is still running). Afterwards it counts the dossiers of the run's e-mails:
// every acknowledged person must have exactly one (none lost, none duplicated).
//
// The Functions emulator starts a separate worker process for every concurrent request, which
// is not how Cloud Functions v2 runs (one instance takes up to 80 requests at once) and which a
// small machine cannot do 20 times a second. So by default the `api` function's routes are
// served in this process, on 127.0.0.1, exactly as functions/src/api/api.ts adapts them, against
// the Firestore emulator. BENCH_SERVER=emulator sends the same load through the Functions
// emulator instead (start it with `--only auth,firestore,functions`). Uses the seeded Nijmegen
// key. Run:
//   node scripts/with-emulators.mjs --only auth,firestore -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/intake-load.ts'
// BENCH_RATE, BENCH_SECONDS, BENCH_REPEAT_SHARE and BENCH_ENDPOINT (v1 | v2) change the load.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { emulatorTarget } from '../scripts/seed/emulators.js';
import { demoApiKey } from '../scripts/seed/api-keys.js';
import { route } from '../functions/src/api/router.js';
import { routes } from '../functions/src/api/routes.js';
import { prng } from '../scripts/lib/prng.js';

const emulatorOrigin = process.env.KOERS_FUNCTIONS_ORIGIN ?? 'http://127.0.0.1:5001/demo-koers/europe-west4';
const server = process.env.BENCH_SERVER === 'emulator' ? 'emulator' : 'in-process';
const rate = Number(process.env.BENCH_RATE ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const repeatShare = Number(process.env.BENCH_REPEAT_SHARE ?? 0.25);
const endpoint = process.env.BENCH_ENDPOINT === 'v2' ? 'v2' : 'v1';
/** A stuck emulator must not pile up sockets without end: past this many open requests, stop. */
const maxInFlight = 400;
const requestTimeoutMs = 60_000;
const regionId = 'nijmegen';

// Load is for the local emulators only, never a deployed project.
const target = emulatorTarget();
if (!['127.0.0.1', 'localhost'].includes(new URL(emulatorOrigin).hostname)) throw new Error(`intake-load runs against the local emulators only, not ${emulatorOrigin}`);
if (!(rate > 0 && rate <= 100 && seconds > 0 && seconds <= 600 && repeatShare >= 0 && repeatShare < 1)) throw new Error('BENCH_RATE 1–100, BENCH_SECONDS 1–600, BENCH_REPEAT_SHARE 0–<1');

/** The `api` function's adapter (functions/src/api/api.ts) on a plain Node server. */
async function serveApi(): Promise<string> {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let answer;
    try {
      answer = await route(routes, { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: undefined, rawBody: Buffer.concat(chunks), ip: '127.0.0.1' });
    } catch {
      answer = { status: 500, body: { statusCode: 500, message: 'Internal error' } };
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  };
  const listener = createServer((req, res) => void handle(req, res));
  // Many sockets at once are the point here; Node's default backlog and timeouts suffice.
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  process.on('exit', () => listener.close());
  return `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
}

const functions = server === 'emulator' ? emulatorOrigin : await serveApi();
const db = getFirestore(getApps()[0] ?? initializeApp({ projectId: target.projectId }));
const run = randomUUID().slice(0, 8);
const total = Math.round(rate * seconds);

/** Which person each request is: a new one, or (repeatShare of the time) one already sent. */
function plan(): number[] {
  const random = prng(2026);
  const people: number[] = [];
  let next = 0;
  for (let i = 0; i < total; i++) people.push(next > 0 && random() < repeatShare ? Math.floor(random() * next) : next++);
  return people;
}

const emailOf = (person: number) => `bench-${run}-${person}@example.org`;

function body(person: number, attempt: number): unknown {
  // Resubmissions change case and details, as a person filling in a form twice does.
  const email = attempt % 2 ? emailOf(person).toUpperCase() : emailOf(person);
  if (endpoint === 'v2') return { name: `Bench Persoon ${person}`, email, privacyConsent: true, place: 'Nijmegen', sectors: ['vo'], motivation: `Poging ${attempt}` };
  return { naam: `Bench Persoon ${person}`, email, privacy_consent: true, plaats: 'Nijmegen', sector: ['Voortgezet onderwijs'], motivatie: `Poging ${attempt}` };
}

interface Outcome {
  person: number;
  status: number;
  ms: number;
}

async function send(person: number, attempt: number): Promise<Outcome> {
  const path = endpoint === 'v2' ? '/api/v2/candidates/upsert' : '/api/v1/create-user';
  const started = performance.now();
  try {
    const response = await fetch(`${functions}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': demoApiKey },
      body: JSON.stringify(body(person, attempt)),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    await response.arrayBuffer();
    return { person, status: response.status, ms: performance.now() - started };
  } catch {
    // 0 stands for "no answer" (timeout or connection error).
    return { person, status: 0, ms: performance.now() - started };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const people = plan();
const uniquePeople = new Set(people).size;
const attempts = new Map<number, number>();
const pending: Array<Promise<Outcome>> = [];
let inFlight = 0;
let stoppedEarly = false;

// Warm the function first: the emulator's first request loads the code, which is not intake.
const warm = await fetch(`${functions}/api/v1/schema`, { headers: { 'api-key': demoApiKey } });
if (warm.status !== 200) throw new Error(`GET /v1/schema answered ${warm.status}: is the demo data seeded (scripts/seed.ts --reset)?`);

console.log(`Sending (${server}) ${total} POST /${endpoint} requests at ${rate}/s for ${seconds} s: ${uniquePeople} people, ${total - uniquePeople} repeats (run ${run})`);
const started = performance.now();
for (let i = 0; i < total; i++) {
  // Open loop: request i leaves at i/rate seconds whatever earlier answers take.
  const due = started + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  if (inFlight >= maxInFlight) {
    stoppedEarly = true;
    break;
  }
  const person = people[i]!;
  const attempt = attempts.get(person) ?? 0;
  attempts.set(person, attempt + 1);
  inFlight++;
  pending.push(
    send(person, attempt).finally(() => {
      inFlight--;
    }),
  );
}
const sendSeconds = (performance.now() - started) / 1000;
const outcomes = await Promise.all(pending);
const wallSeconds = (performance.now() - started) / 1000;

const byStatus = new Map<number, number>();
for (const outcome of outcomes) byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
const ok = outcomes.filter((outcome) => outcome.status >= 200 && outcome.status < 300);
const latencies = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);

// Every person with at least one acknowledged request must have exactly one dossier.
const acknowledged = new Set(ok.map((outcome) => outcome.person));
const prefix = `bench-${run}-`;
const dossiers = await db.collection('candidates').where('email', '>=', prefix).where('email', '<', `${prefix}\uf8ff`).get();
const dossiersPerEmail = new Map<string, number>();
for (const doc of dossiers.docs) {
  const email = String(doc.get('email'));
  dossiersPerEmail.set(email, (dossiersPerEmail.get(email) ?? 0) + 1);
}
const lost = [...acknowledged].filter((person) => !dossiersPerEmail.has(emailOf(person))).length;
const duplicated = [...dossiersPerEmail.values()].filter((count) => count > 1).length;
const sentEmails = new Set(people.map(emailOf));
const strays = [...dossiersPerEmail.keys()].filter((email) => !sentEmails.has(email)).length + dossiers.docs.filter((doc) => doc.get('homeRegionId') !== regionId).length;

const ms = (value: number) => `${Math.round(value)} ms`;
console.log('');
console.log('| measure | value |');
console.log('|---|---|');
console.log(`| requests sent | ${outcomes.length} of ${total}${stoppedEarly ? ` (stopped: ${maxInFlight} open requests)` : ''} |`);
console.log(`| send rate achieved | ${(outcomes.length / sendSeconds).toFixed(1)}/s over ${sendSeconds.toFixed(1)} s |`);
console.log(`| answered (2xx) per second, until the last answer | ${(ok.length / wallSeconds).toFixed(1)}/s over ${wallSeconds.toFixed(1)} s |`);
console.log(`| latency p50 / p95 / p99 / max | ${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 95))} / ${ms(percentile(latencies, 99))} / ${ms(latencies.at(-1) ?? NaN)} |`);
console.log(`| answers by status | ${[...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status === 0 ? 'no answer' : status}: ${count}`).join(', ')} |`);
console.log(`| people acknowledged | ${acknowledged.size} of ${uniquePeople} |`);
console.log(`| dossiers for the run's e-mails | ${dossiers.size} |`);
console.log(`| lost (acknowledged, no dossier) | ${lost} |`);
console.log(`| duplicated (e-mail with 2+ dossiers) | ${duplicated} |`);
if (strays > 0) console.log(`| dossiers with an e-mail never sent, or in another region | ${strays} |`);

if (lost > 0 || duplicated > 0 || strays > 0) {
  console.error(`FAILED: ${lost} lost, ${duplicated} duplicated, ${strays} strays`);
  process.exitCode = 1;
}
// The in-process server and the Admin SDK's channels would keep the process alive.
process.exit();
