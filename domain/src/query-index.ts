/**
 * Firestore queries as plain data, and the composite index each one needs. The web app
 * builds its queries from these descriptions and tests/integration/indexes.test.ts checks
 * the same descriptions against firestore.indexes.json, so a query cannot ship without
 * its index. No Firebase imports: this is pure logic.
 */

export type QueryFilterOp = '<' | '<=' | '==' | '!=' | '>=' | '>' | 'in' | 'not-in' | 'array-contains' | 'array-contains-any';

export interface QuerySpec {
  /** The collection id (last path segment), as firestore.indexes.json names it. */
  collectionGroup: string;
  filters: ReadonlyArray<{ field: string; op: QueryFilterOp; value: unknown }>;
  orderBy: ReadonlyArray<{ field: string; dir: 'asc' | 'desc' }>;
}

export interface IndexField {
  fieldPath: string;
  order?: 'ASCENDING' | 'DESCENDING';
  arrayConfig?: 'CONTAINS';
}

export interface CompositeIndex {
  collectionGroup: string;
  queryScope?: 'COLLECTION' | 'COLLECTION_GROUP';
  fields: readonly IndexField[];
}

export interface IndexRequirement {
  /** One index serving the query on its own: equality/array fields (any order), then the sort fields. */
  exact: CompositeIndex;
  /**
   * Alternatively, for equality filters with an order (no range filter), one index per
   * equality/array field followed by the sort fields: Firestore merges them (index merging).
   * Null when merging does not apply.
   */
  merged: CompositeIndex[] | null;
}

const rangeOps: ReadonlySet<QueryFilterOp> = new Set(['<', '<=', '>', '>=', '!=', 'not-in']);
const arrayOps: ReadonlySet<QueryFilterOp> = new Set(['array-contains', 'array-contains-any']);

/**
 * The composite index a query needs, or null when Firestore's automatic single-field
 * indexes (merged as needed) serve it: equality/array filters only, or every filter and
 * sort on one single field.
 */
export function indexRequirement(spec: QuerySpec): IndexRequirement | null {
  const equality: IndexField[] = [];
  const ranges: string[] = [];
  for (const filter of spec.filters) {
    if (rangeOps.has(filter.op)) {
      if (!ranges.includes(filter.field)) ranges.push(filter.field);
    } else if (arrayOps.has(filter.op)) {
      equality.push({ fieldPath: filter.field, arrayConfig: 'CONTAINS' });
    } else {
      equality.push({ fieldPath: filter.field, order: 'ASCENDING' });
    }
  }
  // The order Firestore returns: the explicit sorts, then range fields not sorted on.
  const sorts: IndexField[] = spec.orderBy.map((sort) => ({ fieldPath: sort.field, order: sort.dir === 'asc' ? 'ASCENDING' : 'DESCENDING' }));
  for (const field of ranges) {
    if (!sorts.some((sort) => sort.fieldPath === field)) sorts.push({ fieldPath: field, order: 'ASCENDING' });
  }
  if (sorts.length === 0) return null;
  if (equality.length === 0 && sorts.length === 1) return null;
  const scope = { collectionGroup: spec.collectionGroup, queryScope: 'COLLECTION' as const };
  return {
    exact: { ...scope, fields: [...equality, ...sorts] },
    merged: ranges.length === 0 && equality.length > 0 ? equality.map((field) => ({ ...scope, fields: [field, ...sorts] })) : null,
  };
}

function sameField(a: IndexField, b: IndexField, equality: boolean): boolean {
  if (a.fieldPath !== b.fieldPath) return false;
  if (a.arrayConfig || b.arrayConfig) return a.arrayConfig === b.arrayConfig;
  // An equality field may be indexed in either direction.
  return equality || a.order === b.order;
}

/** Whether `declared` serves `wanted`: same collection and scope, equality fields in any order, then the sorts exactly. */
export function indexServes(declared: CompositeIndex, wanted: CompositeIndex, equalityCount: number): boolean {
  if (declared.collectionGroup !== wanted.collectionGroup) return false;
  if ((declared.queryScope ?? 'COLLECTION') !== (wanted.queryScope ?? 'COLLECTION')) return false;
  if (declared.fields.length !== wanted.fields.length) return false;
  const declaredEquality = declared.fields.slice(0, equalityCount);
  const wantedEquality = wanted.fields.slice(0, equalityCount);
  if (!wantedEquality.every((field) => declaredEquality.some((candidate) => sameField(candidate, field, true)))) return false;
  return wanted.fields.slice(equalityCount).every((field, index) => {
    const candidate = declared.fields[equalityCount + index];
    return candidate !== undefined && sameField(candidate, field, false);
  });
}

/**
 * The indexes of `declared` a query uses, or null when none serves it. An empty array
 * means the query needs no composite index.
 */
export function indexesUsedBy(spec: QuerySpec, declared: readonly CompositeIndex[]): CompositeIndex[] | null {
  const requirement = indexRequirement(spec);
  if (!requirement) return [];
  const exact = declared.find((index) => indexServes(index, requirement.exact, countEquality(spec)));
  if (exact) return [exact];
  if (!requirement.merged) return null;
  const parts = requirement.merged.map((wanted) => declared.find((index) => indexServes(index, wanted, 1)));
  return parts.every((part) => part !== undefined) ? (parts as CompositeIndex[]) : null;
}

function countEquality(spec: QuerySpec): number {
  return spec.filters.filter((filter) => !rangeOps.has(filter.op)).length;
}
