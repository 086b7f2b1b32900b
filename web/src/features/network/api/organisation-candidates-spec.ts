import type { QuerySpec } from '@koers/domain';

/** More than a page shows; an organisation page lists at most this many linked candidates. */
export const organisationCandidatesLimit = 200;

/**
 * The region's candidates introduced to an organisation, by name (pure, so
 * tests/integration/indexes.test.ts checks its index).
 */
export function organisationCandidatesSpec(organisationId: string): QuerySpec {
  return {
    collectionGroup: 'candidateIndex',
    filters: [{ field: 'organisationIds', op: 'array-contains', value: organisationId }],
    orderBy: [{ field: 'name', dir: 'asc' }],
  };
}
