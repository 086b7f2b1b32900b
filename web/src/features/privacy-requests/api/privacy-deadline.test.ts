import { privacyRequestTermDays } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { deadlineOf } from './privacy-deadline';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-31T12:00:00Z');

describe('deadlineOf', () => {
  it('falls the legal term after the request', () => {
    const requestedAt = new Date('2026-03-01T09:00:00Z');
    expect(deadlineOf(requestedAt, now).at).toEqual(new Date(requestedAt.getTime() + privacyRequestTermDays * day));
  });

  it('is fine with more than a week left', () => {
    expect(deadlineOf(new Date(now.getTime() - 2 * day), now)).toMatchObject({ state: 'ok', daysLeft: privacyRequestTermDays - 2 });
  });

  it('is urgent in its last week', () => {
    expect(deadlineOf(new Date(now.getTime() - (privacyRequestTermDays - 3) * day), now)).toMatchObject({ state: 'soon', daysLeft: 3 });
  });

  it('is overdue once the term has passed', () => {
    expect(deadlineOf(new Date(now.getTime() - (privacyRequestTermDays + 1) * day), now)).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });
});
