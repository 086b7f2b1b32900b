// Adds one rating to its month's summary (regions/{r}/feedbackSummaries/{YYYY-MM}), exactly
// once. A plain module: the trigger adapts it, the integration test calls it directly too.
import { feedbackContribution, feedbackMonthOf, feedbackSchema, feedbackSubjects, feedbackRatings, type FeedbackCounts } from '@koers/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { runContendedTransaction } from '../lib/transaction.js';

/**
 * The field the trigger stamps on a counted rating: the id of the event that counted it.
 * Clients never change a rating after creating it (rules), and a candidate who sets this
 * field at creation cannot guess the event id, so a forged stamp never hides a rating.
 */
export const countedByField = 'countedBy';

export type CountOutcome =
  | { result: 'counted'; month: string }
  | { result: 'already_counted' }
  /** Deleted before the trigger ran (an erased candidate): nothing to count. */
  | { result: 'gone' }
  /** Not a valid rating (the rules check the author, not every field): left out of the figures. */
  | { result: 'invalid' };

export function feedbackSummaryRef(db: Firestore, regionId: string, month: string) {
  return db.collection('regions').doc(regionId).collection('feedbackSummaries').doc(month);
}

/** Every count as an increment (zeros too), so the first rating of a month creates a complete document. */
function increments(counts: FeedbackCounts) {
  return Object.fromEntries(
    feedbackSubjects.map((subject) => [
      subject,
      {
        count: FieldValue.increment(counts[subject].count),
        sum: FieldValue.increment(counts[subject].sum),
        distribution: Object.fromEntries(feedbackRatings.map((rating) => [`${rating}`, FieldValue.increment(counts[subject].distribution[`${rating}`])])),
      },
    ]),
  );
}

/**
 * In one transaction: read the rating; unless this event already counted it, add it to its
 * month and stamp it. Only the rating is read, so ratings of the same month do not contend
 * for the summary document (increments merge at commit).
 */
export async function countFeedback(db: Firestore, regionId: string, feedbackId: string, eventId: string, now: Date): Promise<CountOutcome> {
  const ref = db.collection('regions').doc(regionId).collection('feedback').doc(feedbackId);
  return runContendedTransaction(db, async (tx): Promise<CountOutcome> => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return { result: 'gone' };
    const data = snapshot.data() ?? {};
    if (data[countedByField] === eventId) return { result: 'already_counted' };
    const parsed = feedbackSchema.safeParse(fromFirestoreData(data));
    if (!parsed.success) return { result: 'invalid' };
    const month = feedbackMonthOf(parsed.data.createdAt);
    tx.set(feedbackSummaryRef(db, regionId, month), { month, subjects: increments(feedbackContribution(parsed.data)), updatedAt: now }, { merge: true });
    tx.update(ref, { [countedByField]: eventId });
    return { result: 'counted', month };
  });
}
