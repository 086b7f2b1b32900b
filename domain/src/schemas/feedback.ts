// Candidates' ratings in aggregate. Raw ratings (`regions/{r}/feedback/{id}`) carry the
// candidate and a free-text comment, so only the region's staff read them; the monthly summary
// holds counts only, kept by a function, and everyone with a region role reads it. The same
// pure functions build it in the trigger (one rating at a time) and in the seed (all at once).
import { z } from 'zod';
import { periodIdsEndingAt } from '../aggregates/periods.js';
import { dutchDate } from '../public-offer.js';
import { feedbackSchema, type Feedback } from './candidate-requests.js';

export type FeedbackSubject = Feedback['subject'];
export const feedbackSubjects = feedbackSchema.shape.subject.options;
export const feedbackRatings = [1, 2, 3, 4, 5] as const;
export type FeedbackRating = (typeof feedbackRatings)[number];

const countSchema = z.number().int().min(0);

/** One subject's ratings in a month: how many, their sum (for the mean) and how many of each 1..5. */
export const feedbackSubjectCountsSchema = z.object({
  count: countSchema,
  sum: countSchema,
  /** Keys '1'..'5' (maps, not arrays, so a function can increment one rating atomically). */
  distribution: z.object({ '1': countSchema, '2': countSchema, '3': countSchema, '4': countSchema, '5': countSchema }),
});
export type FeedbackSubjectCounts = z.infer<typeof feedbackSubjectCountsSchema>;

export const feedbackCountsSchema = z.object({ conversation: feedbackSubjectCountsSchema, activity: feedbackSubjectCountsSchema });
export type FeedbackCounts = z.infer<typeof feedbackCountsSchema>;

/** `YYYY-MM`, a Dutch calendar month: the summary's document id. */
export const feedbackMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid month');

/** `regions/{r}/feedbackSummaries/{YYYY-MM}`: the month's ratings per subject. No ids, no comments. */
export const feedbackSummarySchema = z.object({
  month: feedbackMonthSchema,
  subjects: feedbackCountsSchema,
  updatedAt: z.date(),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

/** The Dutch calendar month (`YYYY-MM`) a rating counts in. */
export function feedbackMonthOf(at: Date): string {
  return dutchDate(at).slice(0, 7);
}

/** The `months` months that end with the one containing `now`, oldest first (`YYYY-MM`). */
export function feedbackMonthsEndingAt(now: Date, months: number): string[] {
  return periodIdsEndingAt('month', months, now).map((period) => period.slice(2));
}

function emptySubjectCounts(): FeedbackSubjectCounts {
  return { count: 0, sum: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } };
}

export function emptyFeedbackCounts(): FeedbackCounts {
  return { conversation: emptySubjectCounts(), activity: emptySubjectCounts() };
}

/** What one rating adds to its month's summary: every field, zeros included, so an increment creates a complete document. */
export function feedbackContribution(feedback: Pick<Feedback, 'subject' | 'rating'>): FeedbackCounts {
  const counts = emptyFeedbackCounts();
  const subject = counts[feedback.subject];
  subject.count = 1;
  subject.sum = feedback.rating;
  subject.distribution[String(feedback.rating) as `${FeedbackRating}`] = 1;
  return counts;
}

/** The sum of several months' (or ratings') counts. */
export function addFeedbackCounts(...all: readonly FeedbackCounts[]): FeedbackCounts {
  const total = emptyFeedbackCounts();
  for (const counts of all) {
    for (const subject of feedbackSubjects) {
      total[subject].count += counts[subject].count;
      total[subject].sum += counts[subject].sum;
      for (const rating of feedbackRatings) total[subject].distribution[`${rating}`] += counts[subject].distribution[`${rating}`];
    }
  }
  return total;
}

/** Every month's summary of a set of ratings, oldest month first (the seed's backfill). */
export function summarizeFeedbackByMonth(feedback: readonly Pick<Feedback, 'subject' | 'rating' | 'createdAt'>[], updatedAt: Date): FeedbackSummary[] {
  const byMonth = new Map<string, FeedbackCounts>();
  for (const item of feedback) {
    const month = feedbackMonthOf(item.createdAt);
    byMonth.set(month, addFeedbackCounts(byMonth.get(month) ?? emptyFeedbackCounts(), feedbackContribution(item)));
  }
  return [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, subjects]) => feedbackSummarySchema.parse({ month, subjects, updatedAt }));
}

/** The mean rating, or null without ratings. */
export function feedbackAverage(counts: FeedbackSubjectCounts): number | null {
  return counts.count > 0 ? counts.sum / counts.count : null;
}
