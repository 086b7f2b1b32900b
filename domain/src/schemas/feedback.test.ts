import { describe, expect, it } from 'vitest';
import type { Feedback } from './candidate.js';
import {
  addFeedbackCounts,
  emptyFeedbackCounts,
  feedbackAverage,
  feedbackContribution,
  feedbackMonthOf,
  feedbackMonthsEndingAt,
  feedbackSummarySchema,
  summarizeFeedbackByMonth,
} from './feedback.js';

function rating(subject: Feedback['subject'], value: number, createdAt: string): Pick<Feedback, 'subject' | 'rating' | 'createdAt'> {
  return { subject, rating: value, createdAt: new Date(createdAt) };
}

const updatedAt = new Date('2026-12-01T09:00:00Z');

describe('feedbackContribution', () => {
  it('adds one to the count and the rating to the sum and distribution of its subject only', () => {
    const counts = feedbackContribution({ subject: 'activity', rating: 4 });
    expect(counts.activity).toEqual({ count: 1, sum: 4, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 } });
    expect(counts.conversation).toEqual(emptyFeedbackCounts().conversation);
  });
});

describe('summarizeFeedbackByMonth', () => {
  it('counts, sums and distributes the ratings per subject and month, oldest month first', () => {
    const summaries = summarizeFeedbackByMonth(
      [
        rating('conversation', 5, '2026-11-02T10:00:00Z'),
        rating('conversation', 4, '2026-11-20T10:00:00Z'),
        rating('activity', 2, '2026-11-21T10:00:00Z'),
        rating('conversation', 1, '2026-10-05T10:00:00Z'),
      ],
      updatedAt,
    );
    expect(summaries.map((summary) => summary.month)).toEqual(['2026-10', '2026-11']);
    const november = summaries[1]!;
    expect(november.subjects.conversation).toEqual({ count: 2, sum: 9, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } });
    expect(november.subjects.activity).toEqual({ count: 1, sum: 2, distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 0 } });
    expect(summaries[0]!.subjects.conversation.distribution['1']).toBe(1);
    expect(() => feedbackSummarySchema.parse(november)).not.toThrow();
  });

  it('files a rating given just after midnight Dutch time in the new month', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam.
    expect(summarizeFeedbackByMonth([rating('activity', 3, '2026-11-30T23:30:00Z')], updatedAt).map((summary) => summary.month)).toEqual(['2026-12']);
  });

  it('makes no documents without ratings', () => {
    expect(summarizeFeedbackByMonth([], updatedAt)).toEqual([]);
  });
});

describe('addFeedbackCounts and feedbackAverage', () => {
  it('adds months up into one mean and distribution', () => {
    const total = addFeedbackCounts(
      feedbackContribution({ subject: 'conversation', rating: 5 }),
      feedbackContribution({ subject: 'conversation', rating: 4 }),
      feedbackContribution({ subject: 'conversation', rating: 4 }),
    );
    expect(total.conversation.count).toBe(3);
    expect(feedbackAverage(total.conversation)).toBeCloseTo(13 / 3);
    expect(total.conversation.distribution).toEqual({ '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 });
  });

  it('has no mean for a subject without ratings', () => {
    expect(feedbackAverage(emptyFeedbackCounts().activity)).toBeNull();
  });
});

describe('feedback months', () => {
  it('are the twelve Dutch calendar months up to and including this one', () => {
    const months = feedbackMonthsEndingAt(new Date('2026-12-01T10:00:00Z'), 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-01');
    expect(months.at(-1)).toBe('2026-12');
  });

  it('take the month of the Dutch calendar day', () => {
    expect(feedbackMonthOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07');
    expect(feedbackMonthOf(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06');
  });
});
