import { initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { recount, withoutZeroCounts, candidateIndexEntrySchema } from '@koers/domain';
const db = getFirestore(initializeApp({ projectId: 'demo-koers' }));
const sorted = (c: Record<string, number>) => JSON.stringify(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));
for (const r of ['nijmegen', 'midden-brabant', 'brabant-oost', 'kennemerland-amsterdam']) {
  const idx = await db.collection(`regions/${r}/candidateIndex`).get();
  const agg = (await db.doc(`regions/${r}/aggregates/current`).get()).get('counts');
  const re = recount(idx.docs.map((d) => candidateIndexEntrySchema.parse(Object.fromEntries(Object.entries(d.data()).map(([k, v]) => [k, v instanceof Timestamp ? v.toDate() : v])))));
  console.log(r, idx.size, sorted(withoutZeroCounts(agg)) === sorted(re) ? 'aggregate == recount' : 'MISMATCH');
}
console.log('users', (await db.collection('users').count().get()).data().count, 'audit', (await db.collectionGroup('audit').count().get()).data().count);
const c = (await db.doc('candidates/demo-kandidaat').get()).data();
console.log('phaseSince is Timestamp:', c?.phaseSince instanceof Timestamp);
