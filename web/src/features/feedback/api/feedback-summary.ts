import type { Feedback } from '@koers/domain';

export type FeedbackSubject = Feedback['subject'];
export const feedbackSubjects: readonly FeedbackSubject[] = ['conversation', 'activity'];
export const ratings = [1, 2, 3, 4, 5] as const;

export interface SubjectSummary {
  count: number;
  /** Mean rating, or null without ratings. */
  average: number | null;
  /** How many ratings of 1..5 (index 0 is rating 1). */
  distribution: [number, number, number, number, number];
}

export interface FeedbackComment {
  subject: FeedbackSubject;
  rating: number;
  comment: string;
  createdAt: Date;
}

export interface FeedbackSummary {
  bySubject: Record<FeedbackSubject, SubjectSummary>;
  /** The newest comments, without who wrote them. */
  comments: FeedbackComment[];
}

function emptySubject(): SubjectSummary {
  return { count: 0, average: null, distribution: [0, 0, 0, 0, 0] };
}

/** Counts, averages and the 1–5 distribution per subject, and the newest comments (no candidate ids). */
export function summarizeFeedback(feedback: readonly Feedback[], commentLimit = 5): FeedbackSummary {
  const bySubject: Record<FeedbackSubject, SubjectSummary> = { conversation: emptySubject(), activity: emptySubject() };
  const sums: Record<FeedbackSubject, number> = { conversation: 0, activity: 0 };
  for (const item of feedback) {
    const summary = bySubject[item.subject];
    summary.count += 1;
    summary.distribution[item.rating - 1] = (summary.distribution[item.rating - 1] ?? 0) + 1;
    sums[item.subject] += item.rating;
  }
  for (const subject of feedbackSubjects) {
    const summary = bySubject[subject];
    summary.average = summary.count > 0 ? sums[subject] / summary.count : null;
  }
  const comments = feedback
    .filter((item) => item.comment)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, commentLimit)
    .map((item) => ({ subject: item.subject, rating: item.rating, comment: item.comment ?? '', createdAt: item.createdAt }));
  return { bySubject, comments };
}

/** The first moment of the same calendar day `months` months before `now` (a stable query bound for the day). */
export function monthsBefore(now: Date, months: number): Date {
  return new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
}
