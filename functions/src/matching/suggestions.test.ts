import { describe, expect, it } from 'vitest';
import { canonicalJson } from './suggestions.js';

describe('comparing stored suggestions with fresh ones', () => {
  it('ignores the order of object keys (Firestore returns maps in its own order) but not of list items', () => {
    expect(canonicalJson([{ a: 1, b: { c: 2, d: [3, 4] } }])).toBe(canonicalJson([{ b: { d: [3, 4], c: 2 }, a: 1 }]));
    expect(canonicalJson([{ a: 1 }, { a: 2 }])).not.toBe(canonicalJson([{ a: 2 }, { a: 1 }]));
    expect(canonicalJson([{ a: null }])).not.toBe(canonicalJson([{}]));
  });
});
