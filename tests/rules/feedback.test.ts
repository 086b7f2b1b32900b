// Candidates' ratings in aggregate: the monthly summaries a function keeps are for everyone
// with a role in the region, directors included; the raw ratings (candidate, free-text comment)
// stay with the region's staff. Every persona is tried (accessTable), so other regions' staff,
// schools, institutes, candidates and outsiders are denied unless listed.
import { collection, deleteDoc, doc, getDoc, getDocs, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { describe, expect, test } from 'vitest';
import { accessTable, dbAs, ids, nijmegenStaff, useRulesEnvironment } from './support.js';

useRulesEnvironment();

const nij = `regions/${ids.nijmegen}`;
const mb = `regions/${ids.middenBrabant}`;
const summaries = `${nij}/feedbackSummaries`;
const regionRoles = ['coordinator', 'adviser', 'director'] as const;

accessTable('regions/{r}/feedbackSummaries: ratings per month, in aggregate', [
  {
    action: "read Nijmegen's feedback summary of a month",
    allowed: regionRoles,
    attempt: (db) => getDoc(doc(db, summaries, '2026-01')),
  },
  {
    action: "list Nijmegen's feedback summaries",
    allowed: regionRoles,
    attempt: (db) => getDocs(collection(db, summaries)),
  },
  {
    action: "read Midden-Brabant's feedback summary of a month",
    allowed: ['crossAdviser'],
    attempt: (db) => getDoc(doc(db, mb, 'feedbackSummaries', '2026-01')),
  },
  {
    action: "add a month to Nijmegen's feedback summaries",
    allowed: [],
    attempt: (db) => setDoc(doc(db, summaries, '2026-02'), { month: '2026-02', subjects: {}, updatedAt: serverTimestamp() }),
    restores: [`${summaries}/2026-02`],
  },
  {
    action: "change a count in Nijmegen's feedback summary",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, summaries, '2026-01'), { 'subjects.conversation.count': 100 }),
    restores: [`${summaries}/2026-01`],
  },
  {
    action: "delete Nijmegen's feedback summary of a month",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, summaries, '2026-01')),
    restores: [`${summaries}/2026-01`],
  },
]);

describe('feedback: directors see the figures, not the ratings', () => {
  test("a director reads the month's counts", async () => {
    const snapshot = await getDoc(doc(dbAs('director'), summaries, '2026-01'));
    expect(snapshot.data()?.subjects.conversation.count).toBe(1);
  });

  test('a director cannot list the raw ratings (they name the candidate and carry comments)', async () => {
    await expect(getDocs(collection(dbAs('director'), nij, 'feedback'))).rejects.toMatchObject({ code: 'permission-denied' });
  });

  test('a director cannot read one raw rating', async () => {
    await expect(getDoc(doc(dbAs('director'), nij, 'feedback', 'fb-own'))).rejects.toMatchObject({ code: 'permission-denied' });
  });

  test('the region staff still read the raw ratings (the newest comments)', async () => {
    for (const persona of nijmegenStaff) {
      const snapshot = await getDocs(collection(dbAs(persona), nij, 'feedback'));
      expect(snapshot.size).toBeGreaterThan(0);
    }
  });
});
