// Candidates' ratings in aggregate: a candidate rates a conversation in Mijn Koers (a client
// write under the rules), and onFeedbackCreated adds it to the month's summary that the whole
// region, directors included, reads. A second run of the same event changes nothing.
import { feedbackId, feedbackMonthOf, feedbackSummarySchema, type FeedbackSummary } from '@koers/domain';
import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countFeedback, countedByField } from '../../functions/src/feedback/count-feedback.js';
import { adminDb, clearEmulators, createAccount, createRegion, giveRoles, makeCandidate, plain, signIn, signInWithLink, waitFor as waitForWithin, type Client } from './helpers.js';

// Triggers run in the Functions emulator's workers; on a busy machine (a shared 2-core box)
// the first one took close to a minute, so this file waits longer than most.
vi.setConfig({ testTimeout: 180_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 120_000);

const region = 'fb-region';
const emails = { candidate: 'fenna.visser@feedback.example.nl', director: 'dirk@feedback.example.nl' };
const clients: Client[] = [];
let fenna: Client;
let director: Client;

async function summaryOf(month: string): Promise<FeedbackSummary | null> {
  const snapshot = await adminDb.doc(`regions/${region}/feedbackSummaries/${month}`).get();
  return snapshot.exists ? feedbackSummarySchema.parse(plain(snapshot.data())) : null;
}

/** The candidate rates a conversation from Mijn Koers, as the route page does. */
async function rate(subjectId: string, rating: number, comment: string | null): Promise<string> {
  const id = feedbackId('fenna', subjectId);
  await setDoc(doc(fenna.firestore, `regions/${region}/feedback/${id}`), {
    candidateId: 'fenna',
    subject: 'conversation',
    subjectId,
    rating,
    comment,
    createdAt: serverTimestamp(),
  });
  return id;
}

/** Waits until the trigger stamped the rating, and returns the id of the event that counted it. */
async function countedBy(id: string): Promise<string> {
  return waitFor(async () => (await adminDb.doc(`regions/${region}/feedback/${id}`).get()).get(countedByField) as string | undefined, `rating ${id} counted`);
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion(region);
  await adminDb.doc('candidates/fenna').set(makeCandidate({ name: 'Fenna Visser', email: emails.candidate, homeRegionId: region, regionIds: [region] }));
  const directorUid = await createAccount(emails.director, { displayName: 'Dirk de Directeur' });
  await giveRoles(directorUid, [{ kind: 'region', regionId: region, role: 'director' }]);
  fenna = await signInWithLink(emails.candidate);
  director = await signIn(emails.director);
  clients.push(fenna, director);
  await fenna.call('linkCandidateAccount', {});
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

describe('the monthly feedback summary', () => {
  let month: string;
  let firstId: string;

  it("counts a candidate's rating once, in the month it was given", async () => {
    firstId = await rate('talk-1', 4, 'Heel duidelijk');
    await countedBy(firstId);
    const given = (await adminDb.doc(`regions/${region}/feedback/${firstId}`).get()).get('createdAt').toDate() as Date;
    month = feedbackMonthOf(given);
    const summary = await summaryOf(month);
    expect(summary?.month).toBe(month);
    expect(summary?.subjects.conversation).toEqual({ count: 1, sum: 4, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 } });
    expect(summary?.subjects.activity).toEqual({ count: 0, sum: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } });
    // Counts only: nothing that names the candidate or repeats the comment.
    expect(JSON.stringify(summary)).not.toMatch(/fenna|Heel duidelijk/i);
  });

  it('adds a second rating of the same month to the first', async () => {
    const id = await rate('talk-2', 2, null);
    await countedBy(id);
    const summary = await waitFor(async () => {
      const current = await summaryOf(month);
      return current && current.subjects.conversation.count === 2 ? current : null;
    }, 'the second rating in the summary');
    expect(summary.subjects.conversation).toEqual({ count: 2, sum: 6, distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 } });
  });

  it('does not count a rating again when its event is delivered again', async () => {
    const eventId = await countedBy(firstId);
    const before = await summaryOf(month);
    expect(await countFeedback(adminDb, region, firstId, eventId, new Date())).toEqual({ result: 'already_counted' });
    expect((await summaryOf(month))?.subjects).toEqual(before?.subjects);
  });

  it("is read by the region's director, who cannot read the ratings themselves", async () => {
    const summary = await getDoc(doc(director.firestore, `regions/${region}/feedbackSummaries/${month}`));
    expect(summary.get('subjects.conversation.count')).toBe(2);
    await expect(getDoc(doc(director.firestore, `regions/${region}/feedback/${firstId}`))).rejects.toMatchObject({ code: 'permission-denied' });
  });
});
