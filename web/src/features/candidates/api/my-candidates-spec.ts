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

/**
 * The two counts behind "out of sight" as data: the adviser's active candidates whose last
 * contact is before `cutoff`, and those never contacted (a range filter skips nulls).
 */
export function outOfSightSpecs(ownerUid: string, cutoff: Date): [stale: QuerySpec, never: QuerySpec] {
  const mine = [
    { field: 'ownerUid', op: '==', value: ownerUid },
    { field: 'status', op: '==', value: 'active' },
  ] as const;
  return [
    { collectionGroup: 'candidateIndex', filters: [...mine, { field: 'lastContactAt', op: '<', value: cutoff }], orderBy: [] },
    { collectionGroup: 'candidateIndex', filters: [...mine, { field: 'lastContactAt', op: '==', value: null }], orderBy: [] },
  ];
}
