import { describe, expect, it } from 'vitest';
import {
  activityRows,
  exitRows,
  family,
  funnelRows,
  losingSight,
  matchRows,
  medianPhaseDays,
  phaseDistribution,
  sectorRatio,
  sliceOf,
  sourceRows,
  subjectBySector,
  sumCounts,
  taskFigures,
  workloadRows,
  type PeriodCounts,
} from './views.js';

describe('aggregate views', () => {
  it('sums period counts with missing documents counting as zero', () => {
    expect(sumCounts([{ a: 1, b: 2 }, null, undefined, { a: 3 }])).toEqual({ a: 4, b: 2 });
    expect(sumCounts([])).toEqual({});
    expect(sliceOf(null, 'all')).toEqual({});
    expect(sliceOf({ slices: { all: { x: 1 } } }, 'sector.vo')).toEqual({});
  });

  it('reads one key family and leaves zeros out', () => {
    expect(family({ 'source.website': 3, 'source.event': 0, sources: 9, 'newSource.website': 1 }, 'source')).toEqual({ website: 3 });
  });

  it('gives the funnel with the conversion between consecutive steps', () => {
    const rows = funnelRows({ 'reached.interest': 10, 'reached.orientation': 5, 'reached.decision': 0, 'reached.matching': 0 }, 'reached');
    expect(rows.map((row) => row.count)).toEqual([10, 5, 0, 0, 0, 0]);
    expect(rows[0]!.conversion).toBeNull();
    expect(rows[1]!.conversion).toBe(0.5);
    expect(rows[2]!.conversion).toBe(0);
    expect(rows[3]!.conversion).toBeNull();
    expect(funnelRows({ 'cohort.reached.interest': 4, 'reached.interest': 99 }, 'cohort.reached')[0]!.count).toBe(4);
  });

  it('walks the phase distribution back from the current state through enter and leave', () => {
    const current = { 'column.interest': 3, 'column.orientation': 2 };
    const periods: PeriodCounts[] = [
      { period: 'm-2026-10', counts: { 'enter.interest': 1 } },
      { period: 'm-2026-11', counts: { 'enter.interest': 2, 'leave.interest': 1, 'enter.orientation': 1 } },
    ];
    const rows = phaseDistribution(current, periods);
    expect(rows.map((row) => [row.period, row.interest, row.orientation])).toEqual([
      ['m-2026-10', 2, 1],
      ['m-2026-11', 3, 2],
    ]);
    expect(rows[0]!.start).toBe('2026-10-01');
    // A history that explains more than the current state never goes negative.
    expect(phaseDistribution({}, [{ period: 'm-2026-10', counts: {} }, { period: 'm-2026-11', counts: { 'enter.paused': 4 } }])[0]!.paused).toBe(0);
  });

  it('counts subjects per sector from the sector slices', () => {
    const doc = {
      slices: {
        all: { 'subject.wiskunde': 3, 'subject.biologie': 1 },
        'sector.vo': { 'subject.wiskunde': 2 },
        'sector.mbo': { 'subject.wiskunde': 1, 'subject.biologie': 1 },
      },
    };
    const rows = subjectBySector(doc);
    expect(rows.map((row) => [row.subject, row.total, row.bySector.vo, row.bySector.mbo, row.bySector.po])).toEqual([
      ['wiskunde', 3, 2, 1, 0],
      ['biologie', 1, 0, 1, 0],
    ]);
    expect(subjectBySector(doc, 'sector.vo').map((row) => [row.subject, row.total])).toEqual([['wiskunde', 2]]);
    expect(subjectBySector(null)).toEqual([]);
  });

  it('gives the PO/VO/MBO ratio with zeros kept', () => {
    expect(sectorRatio({ 'sector.vo': 4, 'sector.ho': 1 })).toEqual([
      { key: 'po', count: 0 },
      { key: 'vo', count: 4 },
      { key: 'mbo', count: 0 },
    ]);
  });

  it('puts active sources next to the period inflow', () => {
    expect(sourceRows({ 'source.website': 2 }, { 'newSource.event': 1, 'newSource.website': 1 })).toEqual([
      { source: 'website', active: 2, new: 1 },
      { source: 'event', active: 0, new: 1 },
    ]);
    expect(sourceRows({ 'source.website': 2 }, null)).toEqual([{ source: 'website', active: 2, new: null }]);
  });

  it('reads the median time in a phase from the day histogram', () => {
    const rows = medianPhaseDays({ 'phaseDays.interest.3': 1, 'phaseDays.interest.14': 1, 'phaseDays.interest.28': 1, 'phaseDays.decision.7': 2 });
    expect(rows.find((row) => row.phase === 'interest')).toEqual({ phase: 'interest', median: 14, count: 3 });
    expect(rows.find((row) => row.phase === 'decision')).toEqual({ phase: 'decision', median: 7, count: 2 });
    expect(rows.find((row) => row.phase === 'matching')).toEqual({ phase: 'matching', median: null, count: 0 });
    // With an even number of stays the lower median is taken.
    expect(medianPhaseDays({ 'phaseDays.interest.1': 1, 'phaseDays.interest.9': 1 })[0]!.median).toBe(1);
  });

  it('lists exits in the period next to exited dossiers by reason', () => {
    expect(exitRows({ 'exitReason.other_job': 3 }, { 'exit.unknown': 1 })).toEqual([
      { reason: 'other_job', inPeriod: 0, total: 3 },
      { reason: 'unknown', inPeriod: 1, total: 0 },
    ]);
  });

  it('orders the workload by the number of dossiers', () => {
    expect(workloadRows({ 'owner.a': 1, 'owner.b': 5, 'owner.none': 2 })).toEqual([
      { key: 'b', count: 5 },
      { key: 'none', count: 2 },
      { key: 'a', count: 1 },
    ]);
  });

  it('counts open tasks due before today as overdue', () => {
    expect(taskFigures({ 'tasks.open': 4, 'tasks.due.2026-11-30': 1, 'tasks.due.2026-12-01': 2, 'tasks.due.2026-12-05': 1 }, '2026-12-01')).toEqual({ open: 4, overdue: 1 });
    expect(taskFigures({}, '2026-12-01')).toEqual({ open: 0, overdue: 0 });
  });

  it('counts whole weeks before the cutoff as out of sight and the cutoff week as borderline', () => {
    // 1 Dec 2026 minus 30 days is 1 Nov 2026, a Sunday in week 2026-W44.
    const counts = { 'lastContactWeek.2026-W43': 2, 'lastContactWeek.2026-W44': 3, 'lastContactWeek.2026-W45': 4, 'lastContactWeek.2025-W52': 1 };
    expect(losingSight(counts, 30, '2026-12-01')).toEqual({ lost: 3, borderline: 3, cutoff: '2026-11-01' });
  });

  it('groups registrations per kind of activity by status', () => {
    const rows = activityRows({ 'registrationsByKind.info_evening.attended': 3, 'registrationsByKind.info_evening.no_show': 1, 'registrationsByKind.webinar.registered': 1 });
    expect(rows[0]).toMatchObject({ kind: 'info_evening', total: 4, attended: 3, no_show: 1, registered: 0, cancelled: 0 });
    expect(rows[1]).toMatchObject({ kind: 'webinar', total: 1, registered: 1 });
  });

  it('lists match statuses now and steps taken in the period, in the given order', () => {
    expect(matchRows({ 'match.proposed': 2 }, { 'matchStep.started': 1 }, ['proposed', 'accepted', 'started'])).toEqual([
      { status: 'proposed', now: 2, steps: 0 },
      { status: 'started', now: 0, steps: 1 },
    ]);
  });
});
