// Candidate list and board at scale: adds 10,000 candidates to Nijmegen, then measures, as the
// adviser through the client SDK and the real security rules, the list's first page, search
// results and filtered pages (server round trips, no cache), and what the board reads. Run:
//   node scripts/with-emulators.mjs --only auth,firestore -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/candidate-list.ts'
import { boardColumns, phases, type QuerySpec } from '@koers/domain';
import { getApps as getAdminApps, initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDocFromServer,
  getDocsFromServer,
  getFirestore,
  limit,
  onSnapshot,
  orderBy,
  query,
  terminate,
  where,
} from 'firebase/firestore';
import { planCandidateList, type CandidateListFilters } from '../web/src/features/candidate-list/api/candidate-list-spec.js';
import { demoPassword } from '../scripts/seed/accounts.js';
import { addLargeRegion } from './lib/large-region.js';

const regionId = 'nijmegen';
const size = Number(process.env.BENCH_CANDIDATES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const pageSize = 25;
const boardPageSize = 20;

const projectId = process.env.GCLOUD_PROJECT ?? 'demo-koers';
const adminAuth = getAdminAuth(getAdminApps()[0] ?? initializeAdminApp({ projectId }));
const owners = await Promise.all(['adviser.nijmegen@demo.koers.nl', 'coordinator.nijmegen@demo.koers.nl'].map(async (email) => (await adminAuth.getUserByEmail(email)).uid));
const started = performance.now();
await addLargeRegion(regionId, size, owners);
console.log(`added ${size} candidates to ${regionId} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

const app = initializeApp({ projectId, apiKey: 'demo-api-key' });
const auth = getAuth(app);
connectAuthEmulator(auth, `http://${process.env.FIREBASE_AUTH_EMULATOR_HOST}`, { disableWarnings: true });
const db = getFirestore(app);
const [host, port] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
connectFirestoreEmulator(db, host ?? '127.0.0.1', Number(port));
await signInWithEmailAndPassword(auth, 'adviser.nijmegen@demo.koers.nl', demoPassword);

function build(spec: QuerySpec, size: number) {
  return query(
    collection(db, 'regions', regionId, spec.collectionGroup),
    ...spec.filters.map((filter) => where(filter.field, filter.op, filter.value)),
    ...spec.orderBy.map((sort) => orderBy(sort.field, sort.dir)),
    limit(size),
  );
}

async function measure(label: string, filtersList: CandidateListFilters[]): Promise<void> {
  const times: number[] = [];
  let docs = 0;
  for (let run = 0; run < runs; run++) {
    const filters = filtersList[run % filtersList.length] ?? {};
    const { spec } = planCandidateList(regionId, filters);
    const begin = performance.now();
    const snapshot = await getDocsFromServer(build(spec, pageSize));
    times.push(performance.now() - begin);
    docs += snapshot.size;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN);
  console.log(`| ${label} | ${at(0.5)} ms | ${at(0.95)} ms | ${(docs / runs).toFixed(0)} |`);
}

console.log(`| query (${size} candidates, page of ${pageSize}) | median | p95 | documents per page |`);
console.log('|---|---|---|---|');
await measure('first page, sorted by name', [{}]);
await measure('search (typed prefixes of names, places, postcodes)', ['de', 'jan', 'bakk', 'wijch', '65', 'sanne', 'vr'].map((q) => ({ q })));
await measure('filter: phase matching + sector vo', [{ column: 'matching', sectors: 'vo' }]);
await measure('filter: owner + sorted by last contact', [{ owner: owners[0], sort: 'lastContact' }]);

// The board: one aggregate document for the counts, one page per column for the cards.
const begin = performance.now();
let boardReads = 1;
await getDocFromServer(doc(db, 'regions', regionId, 'aggregates', 'current'));
for (const column of boardColumns) {
  const filters = (phases as readonly string[]).includes(column) ? [where('status', '==', 'active'), where('phase', '==', column)] : [where('status', '==', column)];
  const snapshot = await getDocsFromServer(query(collection(db, 'regions', regionId, 'candidateIndex'), ...filters, orderBy('phaseSince', 'desc'), limit(boardPageSize)));
  boardReads += snapshot.size;
}
console.log(`\nboard: ${boardReads} documents read (8 columns × ${boardPageSize} + 1 aggregate), ${Math.round(performance.now() - begin)} ms sequentially`);
// New arrivals above the list: a listener on entries written since the list loaded. What it
// reads while the region is quiet, and how soon a new entry (as the index trigger writes it)
// reaches the open list.
const adminDb = getAdminFirestore(getAdminApps()[0]!);
const template = (await adminDb.collection(`regions/${regionId}/candidateIndex`).limit(1).get()).docs[0]!.data();
const arrivalTimes: number[] = [];
let quietReads = 0;
for (let run = 0; run < runs; run++) {
  const since = new Date(Date.now() - 1_000);
  const id = `bench-arrival-${run}-${Date.now()}`;
  let written = 0;
  await new Promise<void>((resolve, reject) => {
    let first = true;
    const stop = onSnapshot(
      query(collection(db, 'regions', regionId, 'candidateIndex'), where('updatedAt', '>', since), orderBy('updatedAt', 'desc'), limit(20)),
      (snapshot) => {
        if (first) {
          first = false;
          quietReads += Math.max(1, snapshot.size);
          written = performance.now();
          void adminDb.doc(`regions/${regionId}/candidateIndex/${id}`).set({ ...template, name: `Zz Bench ${run}`, updatedAt: new Date() });
          return;
        }
        if (snapshot.docs.some((entry) => entry.id === id)) {
          arrivalTimes.push(performance.now() - written);
          stop();
          resolve();
        }
      },
      reject,
    );
  });
}
arrivalTimes.sort((a, b) => a - b);
const arrivalAt = (q: number) => Math.round(arrivalTimes[Math.min(arrivalTimes.length - 1, Math.floor(q * arrivalTimes.length))] ?? NaN);
console.log(`\nnew arrivals listener: ${(quietReads / runs).toFixed(1)} documents read on opening (earlier runs' entries within the second included); a new entry shows after ${arrivalAt(0.5)} ms median, ${arrivalAt(0.95)} ms p95`);
const benchEntries = await adminDb.collection(`regions/${regionId}/candidateIndex`).where('name', '>=', 'Zz Bench').where('name', '<', 'Zz Bench~').get();
await Promise.all(benchEntries.docs.map((entry) => entry.ref.delete()));
await terminate(db);
process.exit(0);
