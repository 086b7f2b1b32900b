import { privacyRequestTermDays } from '@koers/domain';

const dayMs = 24 * 60 * 60 * 1000;

/** Within this many days of the deadline an open request is flagged as urgent. */
export const deadlineWarningDays = 7;

export interface Deadline {
  at: Date;
  /** Whole days left (negative once it has passed). */
  daysLeft: number;
  state: 'overdue' | 'soon' | 'ok';
}

/** The legal answer term of a request (requestedAt + privacyRequestTermDays) and how close it is. */
export function deadlineOf(requestedAt: Date, now: Date = new Date()): Deadline {
  const at = new Date(requestedAt.getTime() + privacyRequestTermDays * dayMs);
  const daysLeft = Math.floor((at.getTime() - now.getTime()) / dayMs);
  const state = at.getTime() <= now.getTime() ? 'overdue' : daysLeft < deadlineWarningDays ? 'soon' : 'ok';
  return { at, daysLeft, state };
}
