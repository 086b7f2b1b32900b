// The pure half of one aggregate step: what to write for a source document whose
// contribution changed from what its ledger says to what it contributes now.
import { contributionDelta, contributionsOfFacts, flattenContributions, sameFacts, type Contributions, type LedgerFacts } from '@koers/domain';

export interface ContributionPlan {
  /** Period → slice → key → change; only periods and keys that change. */
  deltas: Contributions;
  /** The ledger to store: unchanged (`keep`), replaced, or removed when nothing is contributed any more. */
  ledger: { action: 'keep' } | { action: 'set'; facts: LedgerFacts } | { action: 'delete' };
}

/**
 * `stored` is the ledger's facts as read (null when there is none); `fresh` the source's facts
 * now (null when the source is gone). Running the plan's writes and planning again against the
 * new ledger yields nothing to do, which is what makes re-delivered events harmless.
 */
export function planContribution(stored: LedgerFacts | null, fresh: LedgerFacts | null): ContributionPlan {
  const before = stored ? flattenContributions(contributionsOfFacts(stored)) : {};
  const after = fresh ? flattenContributions(contributionsOfFacts(fresh)) : {};
  const deltas = contributionDelta(before, after);
  if (!fresh || Object.keys(after).length === 0) return { deltas, ledger: stored ? { action: 'delete' } : { action: 'keep' } };
  return { deltas, ledger: stored && sameFacts(stored, fresh) ? { action: 'keep' } : { action: 'set', facts: fresh } };
}

/** Ledger document ids, one per source document (activity ids disambiguate registrations). */
export const ledgerSource = {
  candidate: (candidateId: string) => `candidate-${candidateId}`,
  task: (taskId: string) => `task-${taskId}`,
  match: (matchId: string) => `match-${matchId}`,
  registration: (activityId: string, registrationId: string) => `registration-${activityId}-${registrationId}`,
};
