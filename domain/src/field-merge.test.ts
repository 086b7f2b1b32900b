import { describe, expect, it } from 'vitest';
import { decideFieldSave, fieldValuesEqual, mergeTimeline, valueAtPath } from './field-merge.js';

describe('fieldValuesEqual', () => {
  it('compares scalars, dates, arrays and objects by value', () => {
    expect(fieldValuesEqual('a', 'a')).toBe(true);
    expect(fieldValuesEqual('a', 'b')).toBe(false);
    expect(fieldValuesEqual(new Date(5), new Date(5))).toBe(true);
    expect(fieldValuesEqual(new Date(5), new Date(6))).toBe(false);
    expect(fieldValuesEqual(['x', 'y'], ['x', 'y'])).toBe(true);
    expect(fieldValuesEqual(['x', 'y'], ['y', 'x'])).toBe(false);
    expect(fieldValuesEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(fieldValuesEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(fieldValuesEqual(1, '1')).toBe(false);
  });

  it('treats a missing value and null alike', () => {
    expect(fieldValuesEqual(undefined, null)).toBe(true);
    expect(fieldValuesEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(fieldValuesEqual(null, '')).toBe(false);
  });
});

describe('decideFieldSave', () => {
  it('saves when nobody changed the field since editing started', () => {
    expect(decideFieldSave('06 1', '06 1', '06 2')).toBe('save');
  });

  it('has nothing to write when the field already holds my value', () => {
    expect(decideFieldSave('old', 'mine', 'mine')).toBe('unchanged');
    expect(decideFieldSave(['a'], ['a'], ['a'])).toBe('unchanged');
  });

  it('reports a conflict when someone else saved a different value meanwhile', () => {
    expect(decideFieldSave('old', 'theirs', 'mine')).toBe('conflict');
    expect(decideFieldSave(null, 'theirs', 'mine')).toBe('conflict');
    expect(decideFieldSave(['a'], ['a', 'b'], ['a', 'c'])).toBe('conflict');
  });
});

describe('valueAtPath', () => {
  it('reads top-level and nested fields', () => {
    const data = { phone: '06', customFields: { school_type: 'po' } };
    expect(valueAtPath(data, 'phone')).toBe('06');
    expect(valueAtPath(data, 'customFields.school_type')).toBe('po');
    expect(valueAtPath(data, 'customFields.missing')).toBeUndefined();
    expect(valueAtPath(data, 'phone.deeper')).toBeUndefined();
  });
});

describe('mergeTimeline', () => {
  it('merges lists newest first and keeps input order on ties', () => {
    const a = [
      { id: 'a1', at: new Date(30) },
      { id: 'a2', at: new Date(10) },
    ];
    const b = [
      { id: 'b1', at: new Date(20) },
      { id: 'b2', at: new Date(10) },
    ];
    expect(mergeTimeline(a, b).map((entry) => entry.id)).toEqual(['a1', 'b1', 'a2', 'b2']);
  });
});
