import { describe, expect, it } from 'vitest';
import { addCounts, countsDelta, indexEntryCounts, recount, withoutZeroCounts, type CountedEntry } from './counts.js';

const entry = (overrides: Partial<CountedEntry> = {}): CountedEntry => ({
  phase: 'orientation',
  status: 'active',
  sectors: ['po'],
  subjects: ['wiskunde'],
  source: 'website_form',
  ...overrides,
});

describe('indexEntryCounts', () => {
  it('counts an active candidate in the column of their phase', () => {
    expect(indexEntryCounts(entry())).toEqual({
      total: 1,
      'column.orientation': 1,
      'status.active': 1,
      'source.website_form': 1,
      'sector.po': 1,
      'subject.wiskunde': 1,
    });
  });

  it('counts a candidate with an outcome in the column of that outcome, not their phase', () => {
    const counts = indexEntryCounts(entry({ phase: 'preparation', status: 'started' }));
    expect(counts['column.started']).toBe(1);
    expect(counts['column.preparation']).toBeUndefined();
  });

  it('counts a repeated sector or subject once', () => {
    const counts = indexEntryCounts(entry({ sectors: ['vo', 'vo'], subjects: ['engels', 'engels', 'duits'] }));
    expect(counts['sector.vo']).toBe(1);
    expect(counts['subject.engels']).toBe(1);
    expect(counts['subject.duits']).toBe(1);
  });

  it('counts nothing for a missing entry', () => {
    expect(indexEntryCounts(null)).toEqual({});
  });
});

describe('countsDelta', () => {
  it('moves a candidate from one column to the next without changing the total', () => {
    const delta = countsDelta(indexEntryCounts(entry()), indexEntryCounts(entry({ phase: 'decision' })));
    expect(delta).toEqual({ 'column.orientation': -1, 'column.decision': 1 });
  });

  it('adds every key for a new entry and removes every key for a deleted one', () => {
    const counts = indexEntryCounts(entry());
    expect(countsDelta({}, counts)).toEqual(counts);
    expect(countsDelta(counts, {})).toEqual(Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, -value])));
  });

  it('is empty when nothing counted changes, so re-processing a change adds nothing', () => {
    expect(countsDelta(indexEntryCounts(entry()), indexEntryCounts(entry()))).toEqual({});
  });
});

describe('addCounts and recount', () => {
  it('drops keys that reach zero', () => {
    expect(addCounts({ total: 1, 'status.active': 1 }, { 'status.active': -1 })).toEqual({ total: 1 });
  });

  it('keeps an aggregate maintained by deltas equal to a recount after any sequence of changes', () => {
    const versions: Array<CountedEntry | null> = [
      null,
      entry(),
      entry({ phase: 'decision', subjects: ['wiskunde', 'natuurkunde'] }),
      entry({ phase: 'decision', status: 'paused' }),
      entry({ phase: 'matching', status: 'active', sectors: ['vo', 'mbo'] }),
      null,
      entry({ status: 'exited', source: 'api' }),
    ];
    const other = entry({ phase: 'interest', sectors: ['mbo'] });
    let maintained = indexEntryCounts(other);
    for (let i = 1; i < versions.length; i++) {
      maintained = addCounts(maintained, countsDelta(indexEntryCounts(versions[i - 1] ?? null), indexEntryCounts(versions[i] ?? null)));
      const present = [other, versions[i]].filter((version): version is CountedEntry => version !== null && version !== undefined);
      expect(maintained).toEqual(recount(present));
    }
  });

  it('removes zero counts before comparing', () => {
    expect(withoutZeroCounts({ total: 2, 'status.paused': 0 })).toEqual({ total: 2 });
  });
});
