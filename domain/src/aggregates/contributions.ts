import { boardColumnOf, phases, type BoardColumn, type CandidateStatus, type Phase } from '../journey.js';
import type { JourneyStep } from '../schemas/candidate.js';
import type { MatchStatus } from '../schemas/matching.js';
import type { RegistrationSource, RegistrationStatus } from '../schemas/network.js';
import type { ActivityKind, CandidateSource, ExitReason, JobFunction, PriorEducation, Qualification, Sector, Subject } from '../vocabularies.js';
import type { Counts } from './counts.js';
import { journeyOf } from './journey-history.js';
import { dutchDate } from '../public-offer.js';
import { calendarDaysBetween, isoWeekOf, periodIdsAt, statePeriod } from './periods.js';

/**
 * What one source document (a dossier, task, match or registration) adds to its region's
 * aggregates: period id → slice → key → count. Aggregates are the sum of the contributions
 * of every source document, so a maintained aggregate can always be checked against a
 * recount, and a change is applied as the difference between two contributions.
 *
 * Slices are what the dashboard filters on: `all`, `sector.<s>`, `subject.<x>`,
 * `owner.<uid>` (`owner.none` for unowned). Keys (all counts, "active" = status active):
 *
 * State, in `current`:
 * - `total`, `column.<board column>`, `status.<status>`: every dossier in the region;
 * - `reached.<column>`: dossiers that ever got to a phase (or to `started`): the funnel;
 * - `source.<s>`, `sector.<s>`, `subject.<x>`, `function.<f>`, `qualification.<q>`,
 *   `priorEducation.<p>` (`unknown` when not recorded), `owner.<uid>`, `lastContactWeek.<YYYY-Www>`
 *   (the week of the last contact, or of the dossier's creation): active dossiers only;
 * - `bottleneck.<slug>`: active and paused dossiers, per recorded bottleneck;
 * - `exitReason.<reason>` (`unknown` when not given): exited dossiers;
 * - `tasks.open`, `tasks.due.<YYYY-MM-DD>`: open tasks (slices `all` and the assignee's);
 * - `match.<status>`: matches by their status now.
 *
 * Flows, in the day, week and month of the event:
 * - `new`, `newSource.<source>`: dossiers whose journey began then;
 * - `cohort.reached.<column>`: how far the dossiers that began then have come since;
 * - `enter.<column>`, `leave.<column>`, `move.<from>.<to>`: steps of the journey;
 * - `phaseDays.<phase>.<bucket>`: time spent in a phase, counted when it was left
 *   (see `phaseDaysBucket`);
 * - `exit.<reason>`: exits;
 * - `tasks.created`, `tasks.done`;
 * - `matchStep.<status>`: every step of every match;
 * - `registrations.<status>`, `registrationsByKind.<kind>.<status>`,
 *   `registrationSource.<source>`: activity registrations by the day they were made, with
 *   their status now (attended, no-show, cancelled).
 */
export type SliceCounts = Record<string, Counts>;
export type Contributions = Record<string, SliceCounts>;

export const allSlice = 'all';
export const ownerNone = 'none';

/** The funnel's steps: the five phases, then the start at a school. */
export const funnelColumns = [...phases, 'started'] as const satisfies readonly BoardColumn[];

/** The dossier fields the aggregates read. */
export interface CandidateFacts {
  phase: Phase;
  status: CandidateStatus;
  exitReason: ExitReason | null;
  phaseSince: Date;
  createdAt: Date;
  journey?: JourneyStep[] | undefined;
  ownerUid: string | null;
  sectors: readonly Sector[];
  subjects: readonly Subject[];
  functions: readonly JobFunction[];
  qualifications: readonly Qualification[];
  priorEducation: PriorEducation | null;
  source: CandidateSource;
  bottlenecks: readonly string[];
  lastContactAt: Date | null;
}

export interface TaskFacts {
  assigneeUid: string;
  dueDate: string;
  done: boolean;
  doneAt: Date | null;
  createdAt: Date;
}

export interface MatchFacts {
  status: MatchStatus;
  steps: readonly { status: MatchStatus; at: Date }[];
}

export interface RegistrationFacts {
  status: RegistrationStatus;
  source: RegistrationSource;
  registeredAt: Date;
}

/** The slices a dossier counts in. */
export function candidateSlices(candidate: Pick<CandidateFacts, 'sectors' | 'subjects' | 'ownerUid'>): string[] {
  return [
    allSlice,
    ...[...new Set(candidate.sectors)].map((sector) => `sector.${sector}`),
    ...[...new Set(candidate.subjects)].map((subject) => `subject.${subject}`),
    `owner.${candidate.ownerUid ?? ownerNone}`,
  ];
}

/**
 * Days in a phase, rounded down to a bucket so a period's histogram stays small: whole days
 * below two weeks, whole weeks below half a year (182 days), 30-day months below two years,
 * then 730 for everything longer. A median read from the buckets is exact to that rounding.
 */
export function phaseDaysBucket(days: number): number {
  const d = Math.max(0, Math.floor(days));
  if (d < 14) return d;
  if (d < 182) return 7 * Math.floor(d / 7);
  if (d < 730) return 182 + 30 * Math.floor((d - 182) / 30);
  return 730;
}

/** A bottleneck's free text as a key: lower case, words joined by '-', at most 60 characters. */
export function bottleneckKey(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'other';
}

/** The columns of the funnel a journey got to: every phase up to the furthest, and `started`. */
export function reachedColumns(journey: readonly Pick<JourneyStep, 'phase' | 'status'>[]): BoardColumn[] {
  const furthest = Math.max(...journey.map((step) => phases.indexOf(step.phase)));
  const reached: BoardColumn[] = phases.slice(0, furthest + 1);
  if (journey.some((step) => step.status === 'started')) reached.push('started');
  return reached;
}

export function candidateContributions(candidate: CandidateFacts): Contributions {
  const state: Counts = {};
  const column = boardColumnOf(candidate);
  const journey = journeyOf(candidate);
  state.total = 1;
  state[`column.${column}`] = 1;
  state[`status.${candidate.status}`] = 1;
  for (const reached of reachedColumns(journey)) state[`reached.${reached}`] = 1;
  if (candidate.status === 'active') {
    state[`source.${candidate.source}`] = 1;
    for (const sector of new Set(candidate.sectors)) state[`sector.${sector}`] = 1;
    for (const subject of new Set(candidate.subjects)) state[`subject.${subject}`] = 1;
    for (const fn of new Set(candidate.functions)) state[`function.${fn}`] = 1;
    for (const qualification of new Set(candidate.qualifications)) state[`qualification.${qualification}`] = 1;
    state[`priorEducation.${candidate.priorEducation ?? 'unknown'}`] = 1;
    state[`owner.${candidate.ownerUid ?? ownerNone}`] = 1;
    state[`lastContactWeek.${isoWeekOf(dutchDate(candidate.lastContactAt ?? candidate.createdAt))}`] = 1;
  }
  if (candidate.status === 'active' || candidate.status === 'paused') {
    for (const key of new Set(candidate.bottlenecks.map(bottleneckKey))) state[`bottleneck.${key}`] = 1;
  }
  if (candidate.status === 'exited') state[`exitReason.${candidate.exitReason ?? 'unknown'}`] = 1;

  const contributions: Contributions = {};
  const slices = candidateSlices(candidate);
  add(contributions, statePeriod, slices, state);

  const first = journey[0]!;
  const start: Counts = { new: 1, [`newSource.${candidate.source}`]: 1, [`enter.${boardColumnOf(first)}`]: 1 };
  for (const reached of reachedColumns(journey)) start[`cohort.reached.${reached}`] = 1;
  for (const period of periodIdsAt(first.at)) add(contributions, period, slices, start);

  journey.slice(1).forEach((step, i) => {
    const previous = journey[i]!;
    const from = boardColumnOf(previous);
    const to = boardColumnOf(step);
    const flow: Counts = { [`enter.${to}`]: 1, [`leave.${from}`]: 1, [`move.${from}.${to}`]: 1 };
    if (previous.status === 'active') flow[`phaseDays.${previous.phase}.${phaseDaysBucket(calendarDaysBetween(previous.at, step.at))}`] = 1;
    if (step.status === 'exited') flow[`exit.${step.exitReason ?? 'unknown'}`] = 1;
    for (const period of periodIdsAt(step.at)) add(contributions, period, slices, flow);
  });
  return contributions;
}

export function taskContributions(task: TaskFacts): Contributions {
  const slices = [allSlice, `owner.${task.assigneeUid}`];
  const contributions: Contributions = {};
  if (!task.done) add(contributions, statePeriod, slices, { 'tasks.open': 1, [`tasks.due.${task.dueDate}`]: 1 });
  for (const period of periodIdsAt(task.createdAt)) add(contributions, period, slices, { 'tasks.created': 1 });
  if (task.done && task.doneAt) for (const period of periodIdsAt(task.doneAt)) add(contributions, period, slices, { 'tasks.done': 1 });
  return contributions;
}

export function matchContributions(match: MatchFacts): Contributions {
  const contributions: Contributions = {};
  add(contributions, statePeriod, [allSlice], { [`match.${match.status}`]: 1 });
  for (const step of match.steps) for (const period of periodIdsAt(step.at)) add(contributions, period, [allSlice], { [`matchStep.${step.status}`]: 1 });
  return contributions;
}

/** `activityKind` is null when the activity is gone; its registrations then count without a kind. */
export function registrationContributions(registration: RegistrationFacts, activityKind: ActivityKind | null): Contributions {
  const contributions: Contributions = {};
  const counts: Counts = { [`registrations.${registration.status}`]: 1, [`registrationSource.${registration.source}`]: 1 };
  if (activityKind) counts[`registrationsByKind.${activityKind}.${registration.status}`] = 1;
  for (const period of periodIdsAt(registration.registeredAt)) add(contributions, period, [allSlice], counts);
  return contributions;
}

function add(contributions: Contributions, period: string, slices: readonly string[], counts: Counts): void {
  const bySlice = (contributions[period] ??= {});
  // In place: a recount builds this for every dossier of a region.
  for (const slice of slices) {
    const sum = (bySlice[slice] ??= {});
    for (const [key, value] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + value;
  }
}
