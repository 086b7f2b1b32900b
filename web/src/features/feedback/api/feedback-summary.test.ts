import type { Feedback } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { monthsBefore, summarizeFeedback } from './feedback-summary';

function rating(subject: Feedback['subject'], value: number, day: number, comment: string | null = null): Feedback {
  return { candidateId: `c${day}`, subject, subjectId: null, rating: value, comment, createdAt: new Date(2026, 0, day) };
}

describe('summarizeFeedback', () => {
  it('counts, averages and distributes the ratings per subject', () => {
    const summary = summarizeFeedback([rating('conversation', 5, 1), rating('conversation', 4, 2), rating('conversation', 4, 3), rating('activity', 2, 4)]);
    expect(summary.bySubject.conversation).toEqual({ count: 3, average: 13 / 3, distribution: [0, 0, 0, 2, 1] });
    expect(summary.bySubject.activity).toEqual({ count: 1, average: 2, distribution: [0, 1, 0, 0, 0] });
  });

  it('has no average for a subject without ratings', () => {
    expect(summarizeFeedback([rating('activity', 3, 1)]).bySubject.conversation).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });

  it('lists the newest comments first, without the candidate', () => {
    const summary = summarizeFeedback([rating('activity', 3, 1, 'Oud'), rating('conversation', 5, 3, 'Nieuw'), rating('activity', 4, 2, null)], 5);
    expect(summary.comments.map((item) => item.comment)).toEqual(['Nieuw', 'Oud']);
    expect(summary.comments[0]).not.toHaveProperty('candidateId');
  });

  it('keeps only as many comments as asked', () => {
    const many = Array.from({ length: 8 }, (_, index) => rating('conversation', 4, index + 1, `Opmerking ${index + 1}`));
    expect(summarizeFeedback(many, 3).comments.map((item) => item.comment)).toEqual(['Opmerking 8', 'Opmerking 7', 'Opmerking 6']);
  });
});

describe('monthsBefore', () => {
  it('is the start of the same day twelve months earlier', () => {
    expect(monthsBefore(new Date(2026, 11, 1, 15, 30), 12)).toEqual(new Date(2025, 11, 1));
  });
});
