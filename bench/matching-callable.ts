// Latency of the `suggestMatches` callable for one candidate against a region of 1,000 match
// targets (700 vacancies, 100 schools, 200 programmes at 20 institutes), on the Functions
// emulator, signed in as an adviser through the client SDK. The region is its own
// ("bench-matching"), so the seeded demo data does not matter. Run:
//   node scripts/with-emulators.mjs --only auth,firestore,functions -- 'npx tsx bench/matching-callable.ts'
// The first call builds the region's offer snapshot (regions/{r}/matchingOffer); then BENCH_WARMUP
// calls warm the worker and BENCH_ROUNDS (50) sequential calls are timed. For comparison it also
// times reading the region's offer documents directly, which is what a call would do without the
// snapshot. BENCH_CANDIDATES (default 500) active candidates time the reverse direction too.
// Reads per call are counted from the code path (functions/src/matching/suggest.ts): an instance
// keeps the last snapshot it read and checks only the first chunk's buildId (a field mask).
import { applyGrant, emptyAccess, type Organisation, type Programme, type Vacancy } from '@koers/domain';
import { candidateFixture } from '@koers/domain/testing';
import { getApps, initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { emulatorTarget, withTriggersPaused } from '../scripts/seed/emulators.js';
import { toCandidateIndexEntry } from '@koers/domain';

const target = emulatorTarget();
const functionsOrigin = new URL(process.env.KOERS_FUNCTIONS_ORIGIN ?? 'http://127.0.0.1:5001/demo-koers/europe-west4');
if (!['127.0.0.1', 'localhost'].includes(functionsOrigin.hostname)) throw new Error('matching-callable runs against the local emulators only');
const rounds = Number(process.env.BENCH_ROUNDS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const candidateCount = Number(process.env.BENCH_CANDIDATES ?? 500);
const regionId = 'bench-matching';
const email = 'adviser.bench-matching@demo.koers.nl';
const password = 'bench-matching-secret';

const db = getFirestore(getApps()[0] ?? initializeAdminApp({ projectId: target.projectId }));
const adminAuth = getAdminAuth(getApps()[0]!);

const places = ['Nijmegen', 'Arnhem', 'Wijchen', 'Beuningen', 'Elst', 'Oss', 'Tiel', 'Druten', 'Groesbeek', 'Malden', 'Ede', 'Zevenaar'];
const sectorsCycle = ['po', 'vo', 'mbo', 'so'] as const;
const subjectsCycle = [[], ['wiskunde'], ['nederlands'], ['engels'], ['natuurkunde'], ['techniek']] as const;

function organisation(i: number, type: Organisation['type']): Organisation {
  return {
    type,
    name: type === 'school' ? `Bench school ${i}` : `Bench opleiding ${i}`,
    sectors: [sectorsCycle[i % sectorsCycle.length]!],
    address: null,
    postcode: null,
    place: places[i % places.length]!,
    brin: null,
    boardId: null,
    website: null,
  };
}

function vacancy(i: number): Vacancy {
  return {
    organisationId: `school-${i % 100}`,
    title: `Vacature ${i}`,
    sector: sectorsCycle[(i % 100) % sectorsCycle.length]!,
    subjects: [...subjectsCycle[i % subjectsCycle.length]!],
    hoursPerWeek: 16 + (i % 5) * 4,
    lateralEntry: i % 3 !== 0,
    jobFunction: i % 7 === 0 ? 'support_staff' : 'teacher',
    closingDate: i % 10 === 0 ? '2020-01-01' : '2099-12-31',
    startDate: null,
    description: 'Bench.',
    published: true,
  };
}

function programme(i: number): Programme {
  return {
    organisationId: `institute-${i % 20}`,
    name: `Opleiding ${i}`,
    type: i % 2 ? 'second_degree' : 'part_time_pabo',
    sectors: [sectorsCycle[i % 3]!],
    subjects: [...subjectsCycle[i % subjectsCycle.length]!],
    startDates: ['2099-09-01'],
    durationMonths: 24,
    admission: 'Bench.',
    published: true,
  };
}

async function seed(): Promise<void> {
  const writer = db.bulkWriter();
  const region = db.collection('regions').doc(regionId);
  void writer.set(region, { name: 'Bench matching', municipalities: [], participating: true, settings: { losingSightDays: 30, senderName: 'Regioloket', privacyText: '', customFields: [], allowedOrigins: [] } });
  for (let i = 0; i < 100; i++) void writer.set(region.collection('organisations').doc(`school-${i}`), organisation(i, 'school'));
  for (let i = 0; i < 20; i++) void writer.set(region.collection('organisations').doc(`institute-${i}`), organisation(i, 'training_institute'));
  for (let i = 0; i < 700; i++) void writer.set(region.collection('vacancies').doc(`vacancy-${i}`), vacancy(i));
  for (let i = 0; i < 200; i++) void writer.set(region.collection('programmes').doc(`programme-${i}`), programme(i));
  const candidate = candidateFixture({ name: 'Bench Kandidaat', place: 'Nijmegen', sectors: ['po', 'vo'], functions: ['teacher'], subjects: ['wiskunde'], qualifications: ['second_degree'], priorEducation: 'hbo_bachelor', phase: 'decision', regionIds: [regionId], homeRegionId: regionId });
  void writer.set(db.collection('candidates').doc('bench-matching-candidate'), candidate);
  // The reverse direction reads the region's candidate index (which the trigger would keep).
  for (let i = 0; i < candidateCount; i++) {
    const other = candidateFixture({ name: `Bench Persoon ${i}`, place: places[i % places.length]!, sectors: [sectorsCycle[i % 3]!], functions: ['teacher'], subjects: [...subjectsCycle[i % subjectsCycle.length]!], regionIds: [regionId], homeRegionId: regionId });
    void writer.set(region.collection('candidateIndex').doc(`bench-candidate-${i}`), toCandidateIndexEntry(other));
  }
  await writer.close();

  const existing = await adminAuth.getUserByEmail(email).catch(() => null);
  const user = existing ?? (await adminAuth.createUser({ email, password, displayName: 'Bench Adviseur', emailVerified: true }));
  const access = applyGrant(emptyAccess(email, 'Bench Adviseur', new Date()), { kind: 'region', regionId, role: 'adviser' }, new Date());
  await db.doc(`users/${user.uid}`).set(access);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), max: Math.round(sorted.at(-1) ?? NaN) };
};

// Offer writes would each start the offer trigger; the bench measures the callable, not seeding.
await withTriggersPaused(target, async () => {
  await db.recursiveDelete(db.collection('regions').doc(regionId));
  await seed();
});

const app = initializeApp({ projectId: target.projectId, apiKey: 'demo-api-key' }, 'bench-matching');
const auth = getAuth(app);
connectAuthEmulator(auth, `http://${target.authHost}`, { disableWarnings: true });
const functions = getFunctions(app, functionsOrigin.pathname.split('/').filter(Boolean)[1] ?? 'europe-west4');
connectFunctionsEmulator(functions, functionsOrigin.hostname, Number(functionsOrigin.port));
await signInWithEmailAndPassword(auth, email, password);
const suggestMatches = httpsCallable<unknown, { suggestions?: unknown[]; candidates?: unknown[] }>(functions, 'suggestMatches');

async function timeCalls(input: unknown): Promise<{ first: number; times: number[]; results: number }> {
  const started = performance.now();
  await suggestMatches(input);
  const first = performance.now() - started;
  for (let i = 0; i < warmup; i++) await suggestMatches(input);
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const { data } = await suggestMatches(input);
    times.push(performance.now() - t0);
    results = (data.suggestions ?? data.candidates ?? []).length;
  }
  return { first, times, results };
}

const forCandidate = await timeCalls({ candidateId: 'bench-matching-candidate' });
const forVacancy = await timeCalls({ regionId, targetKind: 'vacancy', targetId: 'vacancy-1' });

// What a call would read without the snapshot: every organisation, vacancy and programme.
const direct: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  const region = db.collection('regions').doc(regionId);
  await Promise.all([region.collection('organisations').get(), region.collection('vacancies').get(), region.collection('programmes').get()]);
  direct.push(performance.now() - t0);
}

const chunks = await db.collection(`regions/${regionId}/matchingOffer`).get();
const targets = chunks.docs.reduce((sum, doc) => sum + ((doc.get('targets') as unknown[]).length), 0);
const chunkBytes = chunks.docs.map((doc) => Buffer.byteLength(JSON.stringify(doc.data())));
const a = summary(forCandidate.times);
const b = summary(forVacancy.times);
const d = summary(direct);
console.log(`Offer snapshot: ${targets} targets in ${chunks.size} chunks (largest ~${Math.round(Math.max(...chunkBytes) / 1024)} kB as JSON).`);
console.log(`${rounds} sequential calls after ${warmup} warm-up calls, Functions emulator, client SDK:\n`);
console.log('| call | first call (builds the snapshot / cold) | p50 | p95 | max | Firestore reads per call | results |');
console.log('|---|---|---|---|---|---|---|');
console.log(`| suggestMatches({ candidateId }) against ${targets} targets | ${Math.round(forCandidate.first)} ms | ${a.p50} ms | ${a.p95} ms | ${a.max} ms | 3 (users doc, dossier, first chunk's buildId); +${chunks.size} when the snapshot changed | ${forCandidate.results} |`);
console.log(`| suggestMatches({ regionId, vacancy }) against ${candidateCount} active candidates | ${Math.round(forVacancy.first)} ms | ${b.p50} ms | ${b.p95} ms | ${b.max} ms | ${2 + candidateCount} (users doc, first chunk's buildId, ${candidateCount} index entries) | ${forVacancy.results} |`);
console.log(`\nFor comparison, reading the region's ${100 + 20 + 700 + 200} offer documents directly (Admin SDK, in the bench process): p50 ${d.p50} ms, p95 ${d.p95} ms.`);
process.exit(0);
