import { feedbackContribution, addFeedbackCounts, type Feedback, type FeedbackSummary } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { combineFeedbackSummaries, latestComments, monthsBefore } from './feedback-summary';

function rating(subject: Feedback['subject'], value: number, day: number, comment: string | null = null): Feedback {
  return { candidateId: `c${day}`, subject, subjectId: null, rating: value, comment, createdAt: new Date(2026, 0, day) };
}

function month(id: string, ...ratings: Array<[Feedback['subject'], number]>): FeedbackSummary {
  const subjects = addFeedbackCounts(...ratings.map(([subject, value]) => feedbackContribution({ subject, rating: value })));
  return { month: id, subjects, updatedAt: new Date(2026, 11, 1) };
}

describe('combineFeedbackSummaries', () => {
  it('adds the months up into a count, mean and distribution per subject', () => {
    const summary = combineFeedbackSummaries([month('2026-10', ['conversation', 5], ['activity', 2]), month('2026-11', ['conversation', 4], ['conversation', 4])]);
    expect(summary.conversation).toEqual({ count: 3, average: 13 / 3, distribution: [0, 0, 0, 2, 1] });
    expect(summary.activity).toEqual({ count: 1, average: 2, distribution: [0, 1, 0, 0, 0] });
  });

  it('has no mean for a subject without ratings, and no ratings without months', () => {
    expect(combineFeedbackSummaries([month('2026-11', ['activity', 3])]).conversation).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(combineFeedbackSummaries([]).activity).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });
});

describe('latestComments', () => {
  it('lists the newest comments first, without the candidate', () => {
    const comments = latestComments([rating('activity', 3, 1, 'Oud'), rating('conversation', 5, 3, 'Nieuw'), rating('activity', 4, 2, null)], 5);
    expect(comments.map((item) => item.comment)).toEqual(['Nieuw', 'Oud']);
    expect(comments[0]).not.toHaveProperty('candidateId');
  });

  it('keeps only as many comments as asked', () => {
    const many = Array.from({ length: 8 }, (_, index) => rating('conversation', 4, index + 1, `Opmerking ${index + 1}`));
    expect(latestComments(many, 3).map((item) => item.comment)).toEqual(['Opmerking 8', 'Opmerking 7', 'Opmerking 6']);
  });
});

describe('monthsBefore', () => {
  it('is the start of the same day twelve months earlier', () => {
    expect(monthsBefore(new Date(2026, 11, 1, 15, 30), 12)).toEqual(new Date(2025, 11, 1));
  });
});
