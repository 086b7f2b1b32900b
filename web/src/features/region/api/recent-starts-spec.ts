import type { QuerySpec } from '@koers/domain';

/** How many milestones the region's start page celebrates at once. */
export const recentStartsLimit = 5;

/**
 * The region's latest milestones as data (pure, so tests/integration/indexes.test.ts checks
 * its index): candidates who started at a school or programme, newest first. `phaseSince`
 * is the moment the status became `started`.
 */
export function recentStartsSpec(): QuerySpec {
  return {
    collectionGroup: 'candidateIndex',
    filters: [{ field: 'status', op: '==', value: 'started' }],
    orderBy: [{ field: 'phaseSince', dir: 'desc' }],
  };
}
