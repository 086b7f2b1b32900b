import { addFeedbackCounts, feedbackAverage, feedbackRatings, feedbackSubjects, type Feedback, type FeedbackSubject, type FeedbackSummary } from '@koers/domain';

export interface SubjectSummary {
  count: number;
  /** Mean rating, or null without ratings. */
  average: number | null;
  /** How many ratings of 1..5 (index 0 is rating 1). */
  distribution: number[];
}

export interface FeedbackComment {
  subject: FeedbackSubject;
  rating: number;
  comment: string;
  createdAt: Date;
}

/** Count, mean and the 1–5 distribution per subject over several months' summaries. */
export function combineFeedbackSummaries(summaries: readonly FeedbackSummary[]): Record<FeedbackSubject, SubjectSummary> {
  const total = addFeedbackCounts(...summaries.map((summary) => summary.subjects));
  const of = (subject: FeedbackSubject): SubjectSummary => ({
    count: total[subject].count,
    average: feedbackAverage(total[subject]),
    distribution: feedbackRatings.map((rating) => total[subject].distribution[`${rating}`]),
  });
  return Object.fromEntries(feedbackSubjects.map((subject) => [subject, of(subject)])) as Record<FeedbackSubject, SubjectSummary>;
}

/** The newest comments, newest first, without the candidate or the rated conversation or activity. */
export function latestComments(feedback: readonly Feedback[], limit: number): FeedbackComment[] {
  return feedback
    .filter((item) => item.comment)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, limit)
    .map((item) => ({ subject: item.subject, rating: item.rating, comment: item.comment ?? '', createdAt: item.createdAt }));
}

/** The first moment of the same calendar day `months` months before `now` (a stable query bound for the day). */
export function monthsBefore(now: Date, months: number): Date {
  return new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
}
