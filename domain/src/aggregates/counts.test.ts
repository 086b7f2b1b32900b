import { describe, expect, it } from 'vitest';
import { addCounts, countsDelta, withoutZeroCounts } from './counts.js';

describe('countsDelta', () => {
  it('moves a count from one key to another without touching the keys that stay', () => {
    expect(countsDelta({ total: 1, 'column.orientation': 1 }, { total: 1, 'column.decision': 1 })).toEqual({ 'column.orientation': -1, 'column.decision': 1 });
  });

  it('adds every key for new counts and removes every key for counts that are gone', () => {
    const counts = { total: 1, 'sector.po': 1 };
    expect(countsDelta({}, counts)).toEqual(counts);
    expect(countsDelta(counts, {})).toEqual({ total: -1, 'sector.po': -1 });
  });

  it('is empty when nothing changes, so re-processing a change adds nothing', () => {
    expect(countsDelta({ total: 1 }, { total: 1 })).toEqual({});
  });
});

describe('addCounts', () => {
  it('drops keys that reach zero', () => {
    expect(addCounts({ total: 1, 'status.active': 1 }, { 'status.active': -1 })).toEqual({ total: 1 });
  });

  it('adds a delta back to where it came from', () => {
    const before = { total: 3, 'column.interest': 2, 'column.matching': 1 };
    const after = { total: 3, 'column.interest': 1, 'column.matching': 2 };
    expect(addCounts(before, countsDelta(before, after))).toEqual(after);
  });
});

describe('withoutZeroCounts', () => {
  it('removes zero counts before comparing', () => {
    expect(withoutZeroCounts({ total: 2, 'status.paused': 0 })).toEqual({ total: 2 });
  });
});
