import { describe, expect, it } from 'vitest';
import { indexRequirement, indexesUsedBy, type CompositeIndex, type QuerySpec } from './query-index.js';

const spec = (filters: QuerySpec['filters'], orderBy: QuerySpec['orderBy'] = []): QuerySpec => ({ collectionGroup: 'items', filters, orderBy });
const index = (...fields: CompositeIndex['fields']): CompositeIndex => ({ collectionGroup: 'items', queryScope: 'COLLECTION', fields });

describe('indexRequirement', () => {
  it('needs no composite index for equality filters alone or a sort on a single field', () => {
    expect(indexRequirement(spec([{ field: 'a', op: '==', value: 1 }, { field: 'b', op: '==', value: 2 }]))).toBeNull();
    expect(indexRequirement(spec([], [{ field: 'a', dir: 'desc' }]))).toBeNull();
    expect(indexRequirement(spec([{ field: 'a', op: '<', value: 1 }], [{ field: 'a', dir: 'asc' }]))).toBeNull();
  });

  it('puts equality and array fields before the sort, and a range field after the sorts', () => {
    const requirement = indexRequirement(
      spec([{ field: 'tags', op: 'array-contains', value: 'x' }, { field: 'n', op: '>', value: 1 }], [{ field: 'name', dir: 'desc' }]),
    );
    expect(requirement?.exact.fields).toEqual([
      { fieldPath: 'tags', arrayConfig: 'CONTAINS' },
      { fieldPath: 'name', order: 'DESCENDING' },
      { fieldPath: 'n', order: 'ASCENDING' },
    ]);
    expect(requirement?.merged).toBeNull();
  });
});

describe('indexesUsedBy', () => {
  const query = spec([{ field: 'a', op: '==', value: 1 }, { field: 'b', op: '==', value: 2 }], [{ field: 'c', dir: 'asc' }]);

  it('accepts one index with the equality fields in any order', () => {
    expect(indexesUsedBy(query, [index({ fieldPath: 'b', order: 'ASCENDING' }, { fieldPath: 'a', order: 'DESCENDING' }, { fieldPath: 'c', order: 'ASCENDING' })])).toHaveLength(1);
  });

  it('accepts one index per equality field for index merging', () => {
    const declared = [index({ fieldPath: 'a', order: 'ASCENDING' }, { fieldPath: 'c', order: 'ASCENDING' }), index({ fieldPath: 'b', order: 'ASCENDING' }, { fieldPath: 'c', order: 'ASCENDING' })];
    expect(indexesUsedBy(query, declared)).toHaveLength(2);
    expect(indexesUsedBy(query, declared.slice(1))).toBeNull();
  });

  it('rejects an index sorted the other way or on another collection', () => {
    expect(indexesUsedBy(query, [index({ fieldPath: 'a', order: 'ASCENDING' }, { fieldPath: 'b', order: 'ASCENDING' }, { fieldPath: 'c', order: 'DESCENDING' })])).toBeNull();
    expect(
      indexesUsedBy(query, [{ collectionGroup: 'other', fields: [{ fieldPath: 'a', order: 'ASCENDING' }, { fieldPath: 'b', order: 'ASCENDING' }, { fieldPath: 'c', order: 'ASCENDING' }] }]),
    ).toBeNull();
  });
});
