import { describe, expect, it } from 'vitest';
import { crossRegionCsvRows, crossRegionTables, topSubjectCount, type CrossRegionRow } from './cross-region-tables';

const now = {
  kind: 'state' as const,
  regionIds: ['a', 'b'],
  byRegion: {
    a: { total: 40, 'status.active': 30, 'status.exited': null, 'reached.interest': 40, 'reached.orientation': 12, 'column.interest': 28, 'sector.po': 20, 'subject.wiskunde': 9, 'subject.duits': null, 'exitReason.unknown': null },
    b: { total: 7, 'status.active': 7, 'reached.interest': 7, 'column.interest': 7, 'subject.duits': 6, 'source.api': 7 },
  },
};

const rowOf = (rows: CrossRegionRow[], key: string) => rows.find((r) => r.key === key);

describe('crossRegionTables', () => {
  it('compares the regions per figure: missing keys are 0, suppressed figures stay null', () => {
    const [overview] = crossRegionTables(now);
    expect(overview?.rows.map((r) => [r.key, r.values])).toEqual([
      ['total', [40, 7]],
      ['status.active', [30, 7]],
      ['status.paused', [0, 0]],
      ['status.started', [0, 0]],
      ['status.exited', [null, 0]],
    ]);
  });

  it('keeps every funnel step and column, and drops sectors, sources and exits nobody has', () => {
    const tables = Object.fromEntries(crossRegionTables(now).map((table) => [table.id, table.rows]));
    expect(tables.funnel?.map((r) => r.key)).toEqual(['reached.interest', 'reached.orientation', 'reached.decision', 'reached.matching', 'reached.preparation', 'reached.started']);
    expect(tables.columns).toHaveLength(8);
    expect(tables.sectors?.map((r) => r.key)).toEqual(['sector.po']);
    expect(tables.sources?.map((r) => r.key)).toEqual(['source.api']);
    expect(rowOf(tables.exits ?? [], 'exitReason.unknown')).toEqual({ key: 'exitReason.unknown', label: { own: 'unknown' }, values: [null, 0] });
  });

  it('lists the most common subjects first, a suppressed figure ranking above none', () => {
    const subjects = crossRegionTables(now).find((table) => table.id === 'subjects')?.rows ?? [];
    expect(subjects.map((r) => r.key)).toEqual(['subject.wiskunde', 'subject.duits']);
    const many = { ...now, byRegion: { a: Object.fromEntries(['techniek', 'informatica', 'nederlands', 'nask', 'duits', 'engels', 'frans', 'wiskunde', 'biologie', 'economie', 'geschiedenis', 'aardrijkskunde'].map((s, i) => [`subject.${s}`, 5 + i])), b: {} } };
    const top = crossRegionTables(many).find((table) => table.id === 'subjects')?.rows ?? [];
    expect(top).toHaveLength(topSubjectCount);
    expect(top[0]?.key).toBe('subject.aardrijkskunde');
  });

  it('reads a month as its flows: newcomers, their funnel, entries, sources and exits', () => {
    const month = { kind: 'month' as const, regionIds: ['a'], byRegion: { a: { new: 9, 'cohort.reached.interest': 9, 'enter.orientation': null, 'newSource.api': 6, 'exit.financial': null } } };
    const tables = crossRegionTables(month);
    expect(tables.map((table) => table.id)).toEqual(['overview', 'funnel', 'columns', 'sources', 'exits']);
    expect(tables[0]?.rows[0]?.values).toEqual([9]);
    expect(rowOf(tables[2]?.rows ?? [], 'enter.orientation')?.values).toEqual([null]);
    expect(tables[4]?.rows.map((r) => r.key)).toEqual(['exit.financial']);
  });
});

describe('crossRegionCsvRows', () => {
  it('writes region names as the header and keeps "< 5" as text', () => {
    const [overview] = crossRegionTables(now);
    const rows = crossRegionCsvRows(overview!, 'Cijfer', ['Regio A', 'Regio B'], (r) => r.key, '< 5');
    expect(rows[0]).toEqual(['Cijfer', 'Regio A', 'Regio B']);
    expect(rows.at(-1)).toEqual(['status.exited', '< 5', 0]);
  });
});
