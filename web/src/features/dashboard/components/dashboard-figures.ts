import {
  activityRows,
  allSlice,
  boardColumns,
  bottleneckRows,
  exitRows,
  funnelRows,
  losingSight,
  matchRows,
  matchStatuses,
  medianPhaseDays,
  phaseDistribution,
  phaseInfo,
  registrationStatuses,
  sectorRatio,
  sectors,
  sliceOf,
  sourceRows,
  subjectBySector,
  sumCounts,
  taskFigures,
  workloadRows,
  type AggregateSlicesDoc,
  type Counts,
  type Phase,
} from '@koers/domain';

/**
 * Everything the dashboard and the printable report show, as tables built from the aggregate
 * documents alone. Charts draw from the same rows, and the CSV export writes the same table,
 * so chart, table and file never disagree.
 */

/** A translator that accepts keys built from aggregate data (unknown keys fall back to the key). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FigureColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface FigureCell {
  /** What the CSV holds: the raw number or label. */
  value: string | number;
  /** What the table shows (formatted); the value when absent. */
  text?: string;
  /** A drill-down link, only for people who may read the dossiers behind the number. */
  href?: string;
}

export type FigureRow = Record<string, FigureCell>;

export type FigureChart =
  | { kind: 'bars'; data: Record<string, string | number>[]; dataKey: string; series: { name: string; label: string; color: string }[]; stacked?: boolean; horizontal?: boolean }
  | { kind: 'area'; data: Record<string, string | number>[]; dataKey: string; series: { name: string; label: string; color: string }[] }
  | { kind: 'donut'; data: { name: string; value: number; color: string }[] };

export interface Figure {
  /** Stable id: section anchor, test id and CSV file part. */
  id: string;
  title: string;
  description?: string;
  /** Why a figure is empty or partial under the chosen filter or period. */
  note?: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  chart: FigureChart | null;
  /** Show the table itself, not only behind the "Tabel" toggle. */
  tableFirst?: boolean;
}

export interface FigureInput {
  /** The state now: the slices read (`all`, the filter's, the sectors'), merged. */
  current: AggregateSlicesDoc | null;
  /** The chosen flow periods' documents of the filter's slice, oldest first, null where nothing happened. */
  periods: { period: string; doc: AggregateSlicesDoc | null }[];
  slice: string;
  hasPeriod: boolean;
  losingSightDays: number;
  /** Today as a Dutch calendar date, `YYYY-MM-DD`. */
  today: string;
  ownerLabel: (uid: string) => string;
  /** A link to the dossiers behind a subject × sector cell, or null when the person may not see them. */
  candidateLink: ((subject: string, sector: string | null) => string) | null;
  periodLabel: (period: string) => string;
  number: (n: number) => string;
  percent: (n: number) => string;
}

const columnColour: Record<string, string> = { started: 'green.8', exited: 'gray.6', paused: 'gray.4' };
const colourOf = (column: string) => (column in phaseInfo ? phaseInfo[column as Phase].colour : (columnColour[column] ?? 'blue.6'));
const palette = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.7', 'lime.7', 'indigo.5'];

function label(t: Translate, prefix: string, key: string): string {
  const full = `${prefix}.${key}`;
  const text = t(full);
  return text === full ? key : text;
}

const cell = (value: string | number, text?: string, href?: string): FigureCell => ({ value, ...(text === undefined ? {} : { text }), ...(href ? { href } : {}) });

export function buildFigures(input: FigureInput, t: Translate): Figure[] {
  const { slice, hasPeriod } = input;
  const state = sliceOf(input.current, slice);
  const flow: Counts | null = hasPeriod ? sumCounts(input.periods.map(({ doc }) => sliceOf(doc, slice))) : null;
  const num = (n: number) => cell(n, input.number(n));
  const onlyAll = slice !== allSlice ? t('dashboard.note.allOnly') : undefined;
  const needsPeriod = hasPeriod ? undefined : t('dashboard.note.needsPeriod');
  const figures: Figure[] = [];

  // Funnel.
  const funnel = funnelRows(flow ?? state, flow ? 'cohort.reached' : 'reached');
  figures.push({
    id: 'trechter',
    title: t('dashboard.funnel.title'),
    description: flow ? t('dashboard.funnel.cohort') : t('dashboard.funnel.now'),
    columns: [
      { key: 'step', label: t('dashboard.funnel.step') },
      { key: 'count', label: t('dashboard.count'), numeric: true },
      { key: 'conversion', label: t('dashboard.funnel.conversion'), numeric: true },
    ],
    rows: funnel.map((row) => ({
      step: cell(t(`vocab.boardColumn.${row.column}`)),
      count: num(row.count),
      conversion: row.conversion === null ? cell('', '–') : cell(Math.round(row.conversion * 1000) / 10, input.percent(row.conversion)),
    })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'step',
      data: funnel.map((row) => ({ step: t(`vocab.boardColumn.${row.column}`), count: row.count })),
      series: [{ name: 'count', label: t('dashboard.count'), color: 'blue.6' }],
    },
  });

  // Phase distribution: over the periods, or now.
  if (flow) {
    const rows = phaseDistribution(
      state,
      input.periods.map(({ period, doc }) => ({ period, counts: sliceOf(doc, slice) })),
    );
    figures.push({
      id: 'fasen',
      title: t('dashboard.phases.title'),
      description: t('dashboard.phases.overTime'),
      columns: [{ key: 'period', label: t('dashboard.period') }, ...boardColumns.map((column) => ({ key: column, label: t(`vocab.boardColumn.${column}`), numeric: true }))],
      rows: rows.map((row) => ({ period: cell(input.periodLabel(row.period)), ...Object.fromEntries(boardColumns.map((column) => [column, num(row[column])])) })),
      chart: {
        kind: 'bars',
        stacked: true,
        dataKey: 'period',
        data: rows.map(({ start: _start, ...row }) => ({ ...row, period: input.periodLabel(row.period) })),
        series: boardColumns.map((column) => ({ name: column, label: t(`vocab.boardColumn.${column}`), color: colourOf(column) })),
      },
    });
  } else {
    figures.push({
      id: 'fasen',
      title: t('dashboard.phases.title'),
      description: t('dashboard.phases.now'),
      columns: [
        { key: 'column', label: t('dashboard.column') },
        { key: 'count', label: t('dashboard.count'), numeric: true },
      ],
      rows: boardColumns.map((column) => ({ column: cell(t(`vocab.boardColumn.${column}`)), count: num(state[`column.${column}`] ?? 0) })),
      chart: {
        kind: 'bars',
        horizontal: true,
        dataKey: 'column',
        data: boardColumns.map((column) => ({ column: t(`vocab.boardColumn.${column}`), count: state[`column.${column}`] ?? 0 })),
        series: [{ name: 'count', label: t('dashboard.count'), color: 'indigo.6' }],
      },
    });
  }

  // Subjects × sectors: from the current document's sector slices.
  const subjects = subjectBySector(input.current, slice);
  const perSector = slice === allSlice;
  const sectorOfSlice = slice.startsWith('sector.') ? slice.slice('sector.'.length) : null;
  figures.push({
    id: 'vakken',
    title: t('dashboard.subjects.title'),
    description: perSector ? t('dashboard.subjects.description') : t('dashboard.subjects.sliced'),
    tableFirst: true,
    columns: [
      { key: 'subject', label: t('dashboard.subjects.subject') },
      { key: 'total', label: t('dashboard.total'), numeric: true },
      ...(perSector ? sectors.map((sector) => ({ key: sector, label: t(`vocab.sectorShort.${sector}`), numeric: true })) : []),
    ],
    rows: subjects.map((row) => {
      const link = input.candidateLink;
      return {
        subject: cell(label(t, 'vocab.subject', row.subject)),
        total: cell(row.total, input.number(row.total), link && row.total > 0 && !slice.startsWith('owner.') ? link(row.subject, sectorOfSlice) : undefined),
        ...(perSector
          ? Object.fromEntries(sectors.map((sector) => [sector, cell(row.bySector[sector], input.number(row.bySector[sector]), link && row.bySector[sector] > 0 ? link(row.subject, sector) : undefined)]))
          : {}),
      };
    }),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'subject',
      data: subjects.slice(0, 12).map((row) => ({ subject: label(t, 'vocab.subject', row.subject), total: row.total })),
      series: [{ name: 'total', label: t('dashboard.subjects.active'), color: 'teal.6' }],
    },
  });

  // PO / VO / MBO.
  const ratio = sectorRatio(state);
  const ratioTotal = ratio.reduce((sum, row) => sum + row.count, 0);
  figures.push({
    id: 'po-vo-mbo',
    title: t('dashboard.ratio.title'),
    description: t('dashboard.ratio.description'),
    columns: [
      { key: 'sector', label: t('dashboard.ratio.sector') },
      { key: 'count', label: t('dashboard.count'), numeric: true },
      { key: 'share', label: t('dashboard.share'), numeric: true },
    ],
    rows: ratio.map((row) => ({
      sector: cell(t(`vocab.sectorShort.${row.key}`)),
      count: num(row.count),
      share: ratioTotal > 0 ? cell(Math.round((row.count / ratioTotal) * 1000) / 10, input.percent(row.count / ratioTotal)) : cell('', '–'),
    })),
    chart: ratioTotal > 0 ? { kind: 'donut', data: ratio.map((row, i) => ({ name: t(`vocab.sectorShort.${row.key}`), value: row.count, color: palette[i]! })) } : null,
  });

  // Sources.
  const sources = sourceRows(state, flow);
  figures.push({
    id: 'bronnen',
    title: t('dashboard.sources.title'),
    columns: [
      { key: 'source', label: t('dashboard.sources.source') },
      { key: 'active', label: t('dashboard.sources.active'), numeric: true },
      ...(flow ? [{ key: 'new', label: t('dashboard.sources.new'), numeric: true }] : []),
    ],
    rows: sources.map((row) => ({ source: cell(label(t, 'vocab.source', row.source)), active: num(row.active), ...(row.new === null ? {} : { new: num(row.new) }) })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'source',
      data: sources.map((row) => ({ source: label(t, 'vocab.source', row.source), active: row.active, ...(row.new === null ? {} : { new: row.new }) })),
      series: [
        { name: 'active', label: t('dashboard.sources.active'), color: 'blue.6' },
        ...(flow ? [{ name: 'new', label: t('dashboard.sources.new'), color: 'orange.6' }] : []),
      ],
    },
  });

  // Median time in phase.
  const phaseDays = flow ? medianPhaseDays(flow) : [];
  figures.push({
    id: 'doorlooptijd',
    title: t('dashboard.phaseDays.title'),
    description: t('dashboard.phaseDays.description'),
    ...(needsPeriod ? { note: needsPeriod } : {}),
    columns: [
      { key: 'phase', label: t('dashboard.phaseDays.phase') },
      { key: 'median', label: t('dashboard.phaseDays.median'), numeric: true },
      { key: 'count', label: t('dashboard.phaseDays.count'), numeric: true },
    ],
    rows: phaseDays.map((row) => ({ phase: cell(t(`vocab.phase.${row.phase}`)), median: row.median === null ? cell('', '–') : num(row.median), count: num(row.count) })),
    chart: flow
      ? {
          kind: 'bars',
          dataKey: 'phase',
          data: phaseDays.map((row) => ({ phase: t(`vocab.phase.${row.phase}`), median: row.median ?? 0 })),
          series: [{ name: 'median', label: t('dashboard.phaseDays.median'), color: 'grape.6' }],
        }
      : null,
  });

  // Exits.
  const exits = exitRows(state, flow);
  figures.push({
    id: 'uitstroom',
    title: t('dashboard.exits.title'),
    columns: [
      { key: 'reason', label: t('dashboard.exits.reason') },
      ...(flow ? [{ key: 'inPeriod', label: t('dashboard.exits.inPeriod'), numeric: true }] : []),
      { key: 'total', label: t('dashboard.exits.total'), numeric: true },
    ],
    rows: exits.map((row) => ({ reason: cell(label(t, 'vocab.exitReason', row.reason)), ...(row.inPeriod === null ? {} : { inPeriod: num(row.inPeriod) }), total: num(row.total) })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'reason',
      data: exits.map((row) => ({ reason: label(t, 'vocab.exitReason', row.reason), total: row.total, ...(row.inPeriod === null ? {} : { inPeriod: row.inPeriod }) })),
      series: [
        { name: 'total', label: t('dashboard.exits.total'), color: 'gray.6' },
        ...(flow ? [{ name: 'inPeriod', label: t('dashboard.exits.inPeriod'), color: 'red.6' }] : []),
      ],
    },
  });

  // Workload.
  const workload = workloadRows(state);
  figures.push({
    id: 'werklast',
    title: t('dashboard.workload.title'),
    description: t('dashboard.workload.description'),
    columns: [
      { key: 'owner', label: t('dashboard.workload.owner') },
      { key: 'count', label: t('dashboard.workload.count'), numeric: true },
    ],
    rows: workload.map((row) => ({ owner: cell(row.key === 'none' ? t('dashboard.workload.none') : input.ownerLabel(row.key)), count: num(row.count) })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'owner',
      data: workload.map((row) => ({ owner: row.key === 'none' ? t('dashboard.workload.none') : input.ownerLabel(row.key), count: row.count })),
      series: [{ name: 'count', label: t('dashboard.workload.count'), color: 'cyan.7' }],
    },
  });

  // Tasks and losing sight.
  const tasks = taskFigures(state, input.today);
  const sight = losingSight(state, input.losingSightDays, input.today);
  const tasksScoped = slice === allSlice || slice.startsWith('owner.');
  const followUp = [
    ...(tasksScoped
      ? [
          { key: 'open', value: tasks.open },
          { key: 'overdue', value: tasks.overdue },
        ]
      : []),
    { key: 'lost', value: sight.lost },
    { key: 'borderline', value: sight.borderline },
  ];
  figures.push({
    id: 'opvolging',
    title: t('dashboard.followUp.title'),
    description: t('dashboard.followUp.description', { days: input.losingSightDays }),
    ...(tasksScoped ? {} : { note: t('dashboard.note.tasksScope') }),
    columns: [
      { key: 'figure', label: t('dashboard.followUp.figure') },
      { key: 'count', label: t('dashboard.count'), numeric: true },
    ],
    rows: followUp.map((row) => ({ figure: cell(t(`dashboard.followUp.${row.key}`, { days: input.losingSightDays })), count: num(row.value) })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'figure',
      data: followUp.map((row) => ({ figure: t(`dashboard.followUp.${row.key}`, { days: input.losingSightDays }), count: row.value })),
      series: [{ name: 'count', label: t('dashboard.count'), color: 'orange.6' }],
    },
  });

  // Bottlenecks.
  const bottlenecks = bottleneckRows(state).slice(0, 15);
  figures.push({
    id: 'knelpunten',
    title: t('dashboard.bottlenecks.title'),
    description: t('dashboard.bottlenecks.description'),
    columns: [
      { key: 'bottleneck', label: t('dashboard.bottlenecks.bottleneck') },
      { key: 'count', label: t('dashboard.count'), numeric: true },
    ],
    rows: bottlenecks.map((row) => ({ bottleneck: cell(row.key.replace(/-/g, ' ')), count: num(row.count) })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'bottleneck',
      data: bottlenecks.map((row) => ({ bottleneck: row.key.replace(/-/g, ' '), count: row.count })),
      series: [{ name: 'count', label: t('dashboard.count'), color: 'red.6' }],
    },
  });

  // Activities: registrations made in the period, all slice only.
  const activities = flow && slice === allSlice ? activityRows(flow) : [];
  figures.push({
    id: 'activiteiten',
    title: t('dashboard.activities.title'),
    description: t('dashboard.activities.description'),
    ...(needsPeriod ? { note: needsPeriod } : onlyAll ? { note: onlyAll } : {}),
    columns: [
      { key: 'kind', label: t('dashboard.activities.kind') },
      ...registrationStatuses.map((status) => ({ key: status, label: t(`vocab.registrationStatus.${status}`), numeric: true })),
      { key: 'total', label: t('dashboard.total'), numeric: true },
    ],
    rows: activities.map((row) => ({
      kind: cell(label(t, 'vocab.activityKind', row.kind)),
      ...Object.fromEntries(registrationStatuses.map((status) => [status, num(row[status])])),
      total: num(row.total),
    })),
    chart: {
      kind: 'bars',
      stacked: true,
      horizontal: true,
      dataKey: 'kind',
      data: activities.map((row) => ({ ...row, kind: label(t, 'vocab.activityKind', row.kind) })),
      series: registrationStatuses.map((status, i) => ({ name: status, label: t(`vocab.registrationStatus.${status}`), color: palette[i]! })),
    },
  });

  // Match outcomes: all slice only.
  const matches = slice === allSlice ? matchRows(state, flow, matchStatuses) : [];
  figures.push({
    id: 'matches',
    title: t('dashboard.matches.title'),
    description: t('dashboard.matches.description'),
    ...(onlyAll ? { note: onlyAll } : {}),
    columns: [
      { key: 'status', label: t('dashboard.matches.status') },
      { key: 'now', label: t('dashboard.matches.now'), numeric: true },
      ...(flow ? [{ key: 'steps', label: t('dashboard.matches.steps'), numeric: true }] : []),
    ],
    rows: matches.map((row) => ({ status: cell(label(t, 'vocab.matchStatus', row.status)), now: num(row.now), ...(row.steps === null ? {} : { steps: num(row.steps) }) })),
    chart: {
      kind: 'bars',
      horizontal: true,
      dataKey: 'status',
      data: matches.map((row) => ({ status: label(t, 'vocab.matchStatus', row.status), now: row.now, ...(row.steps === null ? {} : { steps: row.steps }) })),
      series: [
        { name: 'now', label: t('dashboard.matches.now'), color: 'teal.6' },
        ...(flow ? [{ name: 'steps', label: t('dashboard.matches.steps'), color: 'indigo.5' }] : []),
      ],
    },
  });

  return figures;
}

/** The CSV of one figure's table: the same columns and rows, raw values. */
export function figureCsvRows(figure: Figure): (string | number)[][] {
  return [figure.columns.map((column) => column.label), ...figure.rows.map((row) => figure.columns.map((column) => row[column.key]?.value ?? ''))];
}
