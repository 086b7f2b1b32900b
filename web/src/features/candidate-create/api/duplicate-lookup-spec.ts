import { searchKeyField, type QuerySpec } from '@koers/domain';

/**
 * The one query that finds possible duplicates in a region's candidate index: an OR of one
 * equality per lookup token (`searchKeys.<token> == true`), one disjunct per spec here. Each
 * disjunct is served by the automatic index of its map entry, so the query needs no composite
 * index (tests/integration/indexes.test.ts checks every disjunct).
 */
export function duplicateLookupSpecs(tokens: readonly string[]): QuerySpec[] {
  const fields = [...new Set(tokens.map(searchKeyField))];
  return fields.map((field) => ({ collectionGroup: 'candidateIndex', filters: [{ field, op: '==', value: true }], orderBy: [] }));
}
