import type { QuerySpec } from '@koers/domain';

/**
 * The rules let staff read their own views and shared ones, and rules are not filters:
 * so two queries, each carrying the filter the rule checks. Single-field filters, no
 * composite index needed (tests/integration/indexes.test.ts checks that too).
 */
export function savedViewSpecs(uid: string): QuerySpec[] {
  return [
    { collectionGroup: 'savedViews', filters: [{ field: 'ownerUid', op: '==', value: uid }], orderBy: [] },
    { collectionGroup: 'savedViews', filters: [{ field: 'shared', op: '==', value: true }], orderBy: [] },
  ];
}
