import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { recount, withoutZeroCounts, candidateIndexEntrySchema } from '@koers/domain';
const db = getFirestore(initializeApp({ projectId: 'demo-koers' }));
const t0 = Date.now();
for (;;) {
  const n = (await db.collectionGroup('audit').count().get()).data().count;
  if (n >= 400 || Date.now() - t0 > 120000) { console.log('audit entries', n, 'after', Date.now() - t0, 'ms'); break; }
  await new Promise((r) => setTimeout(r, 500));
}
for (const r of ['nijmegen', 'midden-brabant', 'brabant-oost', 'kennemerland-amsterdam']) {
  const idx = await db.collection(`regions/${r}/candidateIndex`).get();
  const agg = (await db.doc(`regions/${r}/aggregates/current`).get()).get('counts');
  const re = recount(idx.docs.map((d) => candidateIndexEntrySchema.parse(Object.fromEntries(Object.entries(d.data()).map(([k, v]) => [k, v?.toDate ? v.toDate() : v])))));
  console.log(r, idx.size, JSON.stringify(withoutZeroCounts(agg)) === JSON.stringify(re) ? 'aggregate == recount' : 'MISMATCH');
}
console.log('users', (await db.collection('users').count().get()).data().count);
