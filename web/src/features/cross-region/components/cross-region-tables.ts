import {
  boardColumns,
  candidateSources,
  exitReasons,
  funnelColumns,
  sectors,
  subjects,
  type BoardColumn,
  type CandidateSource,
  type CandidateStatus,
  type CrossRegionAggregate,
  type ExitReason,
  type Sector,
  type Subject,
} from '@koers/domain';

/** A shown figure: a count, or null for "fewer than five" (the document never holds the number). */
export type CrossRegionValue = number | null;

/** What a row is called: a vocabulary value, or one of the comparison's own rows. */
export type CrossRegionRowLabel =
  | { vocab: 'boardColumn'; value: BoardColumn }
  | { vocab: 'status'; value: CandidateStatus }
  | { vocab: 'sector'; value: Sector }
  | { vocab: 'subject'; value: Subject }
  | { vocab: 'source'; value: CandidateSource }
  | { vocab: 'exitReason'; value: ExitReason }
  | { own: 'total' | 'new' | 'unknown' };

export interface CrossRegionRow {
  key: string;
  label: CrossRegionRowLabel;
  values: CrossRegionValue[];
}

export type CrossRegionTableId = 'overview' | 'funnel' | 'columns' | 'sectors' | 'subjects' | 'sources' | 'exits';

export interface CrossRegionTable {
  id: CrossRegionTableId;
  rows: CrossRegionRow[];
}

/** How many subjects the subjects table lists, the most common across the regions first. */
export const topSubjectCount = 10;

type Figures = Pick<CrossRegionAggregate, 'kind' | 'regionIds' | 'byRegion'>;

/** A region's figure for a key; a key the document leaves out counts 0 (zeros are not stored). */
function valueOf(figures: Figures, regionId: string, key: string): CrossRegionValue {
  const counts = figures.byRegion[regionId] ?? {};
  return key in counts ? (counts[key] ?? null) : 0;
}

function row(figures: Figures, key: string, label: CrossRegionRow['label']): CrossRegionRow {
  return { key, label, values: figures.regionIds.map((regionId) => valueOf(figures, regionId, key)) };
}

type VocabLabel = Extract<CrossRegionRowLabel, { vocab: string }>;

/** The rows of one key family, in vocabulary order, keeping only values some region has (or all, for fixed steps). */
function familyRows<L extends VocabLabel>(figures: Figures, prefix: string, vocab: L['vocab'], values: readonly L['value'][], keepEmpty = false): CrossRegionRow[] {
  return values
    .map((value) => row(figures, `${prefix}.${value}`, { vocab, value } as L))
    .filter((r) => keepEmpty || r.values.some((v) => v !== 0));
}

/** Exits whose reason was not given count under `unknown`, which is no vocabulary value. */
function exitRows(figures: Figures, prefix: string): CrossRegionRow[] {
  const unknown = row(figures, `${prefix}.unknown`, { own: 'unknown' });
  return [...familyRows(figures, prefix, 'exitReason', exitReasons), ...(unknown.values.some((v) => v !== 0) ? [unknown] : [])];
}

/** For ordering subjects: a suppressed figure lies between 1 and 4, so it ranks just above 0. */
function rankOf(values: readonly CrossRegionValue[]): number {
  return values.reduce<number>((sum, v) => sum + (v === null ? 1 : v), 0);
}

/**
 * The comparison's tables (rows: figures; columns: the regions, in the document's order).
 * Now compares the state of the dossiers; a month compares what happened in it, so the same
 * tables read the month's flows: newcomers, how far they came, entries per column, sources, exits.
 */
export function crossRegionTables(figures: Figures): CrossRegionTable[] {
  if (figures.kind === 'state') {
    const subjectRows = familyRows(figures, 'subject', 'subject', subjects)
      .map((r, i) => ({ r, i, rank: rankOf(r.values) }))
      .sort((a, b) => b.rank - a.rank || a.i - b.i)
      .slice(0, topSubjectCount)
      .map(({ r }) => r);
    return [
      {
        id: 'overview',
        rows: [
          row(figures, 'total', { own: 'total' }),
          ...(['active', 'paused', 'started', 'exited'] as const).map((status) => row(figures, `status.${status}`, { vocab: 'status', value: status })),
        ],
      },
      { id: 'funnel', rows: familyRows(figures, 'reached', 'boardColumn', funnelColumns, true) },
      { id: 'columns', rows: familyRows(figures, 'column', 'boardColumn', boardColumns, true) },
      { id: 'sectors', rows: familyRows(figures, 'sector', 'sector', sectors) },
      { id: 'subjects', rows: subjectRows },
      { id: 'sources', rows: familyRows(figures, 'source', 'source', candidateSources) },
      { id: 'exits', rows: exitRows(figures, 'exitReason') },
    ];
  }
  return [
    { id: 'overview', rows: [row(figures, 'new', { own: 'new' })] },
    { id: 'funnel', rows: familyRows(figures, 'cohort.reached', 'boardColumn', funnelColumns, true) },
    { id: 'columns', rows: familyRows(figures, 'enter', 'boardColumn', boardColumns, true) },
    { id: 'sources', rows: familyRows(figures, 'newSource', 'source', candidateSources) },
    { id: 'exits', rows: exitRows(figures, 'exit') },
  ];
}

/** The funnel as chart data: one entry per step, one series per region; suppressed figures are left out of the drawing. */
export function funnelChartData(table: CrossRegionTable, label: (row: CrossRegionRow) => string, regionIds: readonly string[]) {
  return table.rows.map((r) => ({
    step: label(r),
    ...Object.fromEntries(regionIds.map((regionId, i) => [regionId, r.values[i] ?? null])),
  }));
}

/** A table as CSV rows: a header of region names, "< 5" kept as text. */
export function crossRegionCsvRows(
  table: CrossRegionTable,
  header: string,
  regionNames: readonly string[],
  label: (row: CrossRegionRow) => string,
  suppressed: string,
): (string | number)[][] {
  return [[header, ...regionNames], ...table.rows.map((r) => [label(r), ...r.values.map((v) => (v === null ? suppressed : v))])];
}
