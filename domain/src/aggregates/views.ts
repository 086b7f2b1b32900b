import { boardColumns, phases, type BoardColumn, type Phase } from '../journey.js';
import { registrationStatuses } from '../schemas/network.js';
import { sectors, type Sector } from '../vocabularies.js';
import { addCounts, type Counts } from './counts.js';
import { allSlice, funnelColumns } from './contributions.js';
import { isoWeekOf, periodStart } from './periods.js';

/**
 * Chart rows for the region dashboard, from aggregate documents (see `contributions.ts` for
 * the keys). Every helper treats a missing document, slice or key as zero, since aggregates
 * only hold what something contributed.
 */

/** What the views read of an aggregate document. */
export interface AggregateSlicesDoc {
  slices: Record<string, Counts>;
}

/** One flow period's counts of the chosen slice, with its id. */
export interface PeriodCounts {
  period: string;
  counts: Counts;
}

/** The counts of one slice of a document, `{}` when either is missing. */
export function sliceOf(doc: AggregateSlicesDoc | null | undefined, slice: string = allSlice): Counts {
  return doc?.slices[slice] ?? {};
}

/** The sum of many count maps (several periods), missing ones counting as zero. */
export function sumCounts(all: Iterable<Counts | null | undefined>): Counts {
  let sum: Counts = {};
  for (const counts of all) if (counts) sum = addCounts(sum, counts);
  return sum;
}

/** The keys under `prefix.` with their counts, zeros left out: `family(c, 'source')` → `{ website: 3 }`. */
export function family(counts: Counts, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  const head = `${prefix}.`;
  for (const [key, value] of Object.entries(counts)) {
    if (key.startsWith(head) && value !== 0) out[key.slice(head.length)] = value;
  }
  return out;
}

const count = (counts: Counts, key: string) => counts[key] ?? 0;

export interface FunnelRow {
  column: (typeof funnelColumns)[number];
  count: number;
  /** Share of the previous step that got here; null for the first step or after an empty one. */
  conversion: number | null;
}

/**
 * The funnel: how many dossiers reached each phase and the start at a school. With
 * `reached` the whole region now; with `cohort.reached` (summed over periods) the dossiers
 * that began in the period, however far they have come since.
 */
export function funnelRows(counts: Counts, prefix: 'reached' | 'cohort.reached'): FunnelRow[] {
  return funnelColumns.map((column, i) => {
    const value = count(counts, `${prefix}.${column}`);
    const previous = i === 0 ? 0 : count(counts, `${prefix}.${funnelColumns[i - 1]!}`);
    return { column, count: value, conversion: i === 0 || previous === 0 ? null : value / previous };
  });
}

export type PhaseDistributionRow = { period: string; start: string | null } & Record<BoardColumn, number>;

/**
 * Dossiers per board column at the end of each period, oldest first. The last period runs
 * to now, so it ends with the current state; each earlier one is the current state minus what
 * the later periods changed (`enter − leave`). Never below zero: dossiers from before the
 * history was kept only have a synthesised journey, which can make old figures slightly off.
 */
export function phaseDistribution(current: Counts, periods: readonly PeriodCounts[]): PhaseDistributionRow[] {
  const rows: PhaseDistributionRow[] = [];
  const running = Object.fromEntries(boardColumns.map((column) => [column, count(current, `column.${column}`)])) as Record<BoardColumn, number>;
  for (let i = periods.length - 1; i >= 0; i--) {
    const { period, counts } = periods[i]!;
    rows.unshift({ period, start: periodStart(period), ...(Object.fromEntries(boardColumns.map((c) => [c, Math.max(0, running[c])])) as Record<BoardColumn, number>) });
    for (const column of boardColumns) running[column] -= count(counts, `enter.${column}`) - count(counts, `leave.${column}`);
  }
  return rows;
}

export interface SubjectSectorRow {
  subject: string;
  total: number;
  bySector: Record<Sector, number>;
}

/**
 * Active dossiers per subject (the "how many potential maths teachers" view): `total` from the
 * slice's `subject.*` keys, and per sector from the `sector.<s>` slices of the same document
 * (a dossier with two sectors counts in both, so the columns can add up to more than the total).
 */
export function subjectBySector(doc: AggregateSlicesDoc | null | undefined, slice: string = allSlice): SubjectSectorRow[] {
  const totals = family(sliceOf(doc, slice), 'subject');
  return Object.entries(totals)
    .map(([subject, total]) => ({
      subject,
      total,
      bySector: Object.fromEntries(sectors.map((sector) => [sector, count(sliceOf(doc, `sector.${sector}`), `subject.${subject}`)])) as Record<Sector, number>,
    }))
    .sort((a, b) => b.total - a.total || a.subject.localeCompare(b.subject));
}

export interface KeyCountRow {
  key: string;
  count: number;
}

/** Rows of one key family, largest first; `order` fixes the order (and keeps zero rows) instead. */
export function familyRows(counts: Counts, prefix: string, order?: readonly string[]): KeyCountRow[] {
  const values = family(counts, prefix);
  if (order) {
    const extra = Object.keys(values).filter((key) => !order.includes(key));
    return [...order, ...extra].map((key) => ({ key, count: values[key] ?? 0 }));
  }
  return Object.entries(values)
    .map(([key, value]) => ({ key, count: value }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Active dossiers per sector of primary, secondary and vocational education (PO/VO/MBO). */
export function sectorRatio(counts: Counts): KeyCountRow[] {
  return (['po', 'vo', 'mbo'] as const).map((sector) => ({ key: sector, count: count(counts, `sector.${sector}`) }));
}

export interface SourceRow {
  source: string;
  /** Active dossiers that came in this way. */
  active: number;
  /** Dossiers that began in the period this way; null without a period. */
  new: number | null;
}

export function sourceRows(state: Counts, flow: Counts | null): SourceRow[] {
  const active = family(state, 'source');
  const added = flow ? family(flow, 'newSource') : {};
  return [...new Set([...Object.keys(active), ...Object.keys(added)])]
    .map((source) => ({ source, active: active[source] ?? 0, new: flow ? (added[source] ?? 0) : null }))
    .sort((a, b) => b.active + (b.new ?? 0) - (a.active + (a.new ?? 0)) || a.source.localeCompare(b.source));
}

export interface PhaseDaysRow {
  phase: Phase;
  /** Median days in the phase (to the bucket's rounding, see `phaseDaysBucket`); null without data. */
  median: number | null;
  /** How many stays in the phase ended in the period. */
  count: number;
}

/** Median time in each phase from the `phaseDays.<phase>.<bucket>` histograms (summed over the periods). */
export function medianPhaseDays(flow: Counts): PhaseDaysRow[] {
  return phases.map((phase) => {
    const buckets = Object.entries(family(flow, `phaseDays.${phase}`))
      .map(([bucket, n]) => ({ days: Number(bucket), n }))
      .filter((bucket) => Number.isFinite(bucket.days) && bucket.n > 0)
      .sort((a, b) => a.days - b.days);
    const total = buckets.reduce((sum, bucket) => sum + bucket.n, 0);
    if (total === 0) return { phase, median: null, count: 0 };
    // The lower median: the bucket holding stay number ceil(total / 2).
    const middle = Math.ceil(total / 2);
    let seen = 0;
    const median = buckets.find((bucket) => (seen += bucket.n) >= middle)!.days;
    return { phase, median, count: total };
  });
}

export interface ExitRow {
  reason: string;
  /** Exits in the period; null without a period. */
  inPeriod: number | null;
  /** Exited dossiers now, by reason. */
  total: number;
}

export function exitRows(state: Counts, flow: Counts | null): ExitRow[] {
  const total = family(state, 'exitReason');
  const inPeriod = flow ? family(flow, 'exit') : {};
  return [...new Set([...Object.keys(total), ...Object.keys(inPeriod)])]
    .map((reason) => ({ reason, inPeriod: flow ? (inPeriod[reason] ?? 0) : null, total: total[reason] ?? 0 }))
    .sort((a, b) => b.total - a.total || a.reason.localeCompare(b.reason));
}

/** Active dossiers per owner (`none` = nobody), largest first. */
export function workloadRows(counts: Counts): KeyCountRow[] {
  return familyRows(counts, 'owner');
}

export interface TaskFigures {
  open: number;
  /** Open tasks due before today. */
  overdue: number;
}

/** `today` is a `YYYY-MM-DD` Dutch calendar date. */
export function taskFigures(counts: Counts, today: string): TaskFigures {
  const overdue = Object.entries(family(counts, 'tasks.due'))
    .filter(([date]) => date < today)
    .reduce((sum, [, n]) => sum + n, 0);
  return { open: count(counts, 'tasks.open'), overdue };
}

export interface LosingSight {
  /** Active dossiers whose last contact was surely more than `days` days ago. */
  lost: number;
  /** Active dossiers last contacted in the week that holds the cutoff day: maybe out of sight. */
  borderline: number;
  /** The first day that still counts as in sight (`YYYY-MM-DD`). */
  cutoff: string;
}

/**
 * Dossiers out of sight: no contact for more than `days` days. The aggregates only know the
 * ISO week of the last contact, so a week counts as out of sight when all of it lies before
 * the cutoff day; dossiers of the week that holds the cutoff are reported apart as borderline
 * (the exact figure is between `lost` and `lost + borderline`, at most six days off).
 */
export function losingSight(counts: Counts, days: number, today: string): LosingSight {
  const cutoffDate = new Date(`${today}T12:00:00Z`);
  cutoffDate.setUTCDate(cutoffDate.getUTCDate() - days);
  const cutoff = cutoffDate.toISOString().slice(0, 10);
  const cutoffWeek = isoWeekOf(cutoff);
  let lost = 0;
  let borderline = 0;
  for (const [week, n] of Object.entries(family(counts, 'lastContactWeek'))) {
    // `YYYY-Www` ids sort chronologically.
    if (week < cutoffWeek) lost += n;
    else if (week === cutoffWeek) borderline += n;
  }
  return { lost, borderline, cutoff };
}

/** Recorded bottlenecks of active and paused dossiers, most frequent first. */
export function bottleneckRows(counts: Counts): KeyCountRow[] {
  return familyRows(counts, 'bottleneck');
}

export type ActivityRow = { kind: string; total: number } & Record<(typeof registrationStatuses)[number], number>;

/** Registrations per kind of activity made in the period, by their status now. */
export function activityRows(flow: Counts): ActivityRow[] {
  const byKind = new Map<string, ActivityRow>();
  for (const [key, n] of Object.entries(family(flow, 'registrationsByKind'))) {
    const [kind, status] = key.split('.') as [string, string];
    const row = byKind.get(kind) ?? ({ kind, total: 0, ...Object.fromEntries(registrationStatuses.map((s) => [s, 0])) } as ActivityRow);
    if ((registrationStatuses as readonly string[]).includes(status)) row[status as (typeof registrationStatuses)[number]] += n;
    row.total += n;
    byKind.set(kind, row);
  }
  return [...byKind.values()].sort((a, b) => b.total - a.total || a.kind.localeCompare(b.kind));
}

export interface MatchRow {
  status: string;
  /** Matches in this status now. */
  now: number;
  /** Matches that took this step in the period; null without a period. */
  steps: number | null;
}

export function matchRows(state: Counts, flow: Counts | null, order: readonly string[]): MatchRow[] {
  const now = family(state, 'match');
  const steps = flow ? family(flow, 'matchStep') : {};
  return order
    .map((status) => ({ status, now: now[status] ?? 0, steps: flow ? (steps[status] ?? 0) : null }))
    .filter((row) => row.now > 0 || (row.steps ?? 0) > 0);
}
