import type { QuerySpec } from '@koers/domain';


export const myCandidatesLimit = 20;

/**
 * /start's query as data (pure, so tests/integration/indexes.test.ts can check its index):
 * active candidates an adviser owns, never-contacted and longest-ago first.
 */
export function myCandidatesSpec(ownerUid: string): QuerySpec {
  return {
    collectionGroup: 'candidateIndex',
    filters: [
      { field: 'ownerUid', op: '==', value: ownerUid },
      { field: 'status', op: '==', value: 'active' },
    ],
    orderBy: [{ field: 'lastContactAt', dir: 'asc' }],
  };
}
