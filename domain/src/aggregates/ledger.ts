import type { ActivityKind } from '../vocabularies.js';
import type { LedgerFacts } from '../schemas/platform.js';
import { countsDelta, type Counts } from './counts.js';
import {
  bottleneckKey,
  candidateContributions,
  matchContributions,
  registrationContributions,
  taskContributions,
  type CandidateFacts,
  type Contributions,
  type MatchFacts,
  type RegistrationFacts,
  type TaskFacts,
} from './contributions.js';
import { journeyOf } from './journey-history.js';

/**
 * The ledger keeps, per source document, the facts its contribution was computed from
 * (`regions/{r}/aggregateLedger/{source}`): a few hundred bytes, where the contribution
 * itself runs to hundreds of counts. A change is applied as
 * `contributionsOfFacts(fresh) − contributionsOfFacts(stored)`. After a change to how
 * contributions are computed, run the recompute, which rewrites the aggregates and ledgers.
 */
export function candidateFacts(candidate: CandidateFacts): LedgerFacts {
  return {
    kind: 'candidate',
    candidate: {
      phase: candidate.phase,
      status: candidate.status,
      exitReason: candidate.exitReason,
      phaseSince: candidate.phaseSince,
      createdAt: candidate.createdAt,
      journey: journeyOf(candidate),
      ownerUid: candidate.ownerUid,
      sectors: [...candidate.sectors],
      subjects: [...candidate.subjects],
      functions: [...candidate.functions],
      qualifications: [...candidate.qualifications],
      priorEducation: candidate.priorEducation,
      source: candidate.source,
      bottlenecks: [...new Set(candidate.bottlenecks.map(bottleneckKey))],
      lastContactAt: candidate.lastContactAt,
    },
  };
}

export function taskFacts(task: TaskFacts): LedgerFacts {
  return { kind: 'task', task: { assigneeUid: task.assigneeUid, dueDate: task.dueDate, done: task.done, doneAt: task.doneAt, createdAt: task.createdAt } };
}

export function matchFacts(match: MatchFacts): LedgerFacts {
  return { kind: 'match', match: { status: match.status, steps: match.steps.map((step) => ({ status: step.status, at: step.at })) } };
}

export function registrationFacts(registration: RegistrationFacts, activityKind: ActivityKind | null): LedgerFacts {
  return {
    kind: 'registration',
    registration: { status: registration.status, source: registration.source, registeredAt: registration.registeredAt },
    activityKind,
  };
}

export function contributionsOfFacts(facts: LedgerFacts): Contributions {
  switch (facts.kind) {
    case 'candidate':
      return candidateContributions(facts.candidate);
    case 'task':
      return taskContributions(facts.task);
    case 'match':
      return matchContributions(facts.match);
    case 'registration':
      return registrationContributions(facts.registration, facts.activityKind);
  }
}

/** Equal facts, whatever the order of their keys (Firestore returns maps sorted by key). */
export function sameFacts(a: LedgerFacts, b: LedgerFacts): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A contribution as one flat map, `<period>~<slice>~<key>` → count, to take differences. */
export type FlatContributions = Record<string, number>;

const separator = '~';

export function flattenContributions(contributions: Contributions): FlatContributions {
  const flat: FlatContributions = {};
  for (const [period, slices] of Object.entries(contributions)) {
    for (const [slice, counts] of Object.entries(slices)) {
      for (const [key, value] of Object.entries(counts)) if (value !== 0) flat[`${period}${separator}${slice}${separator}${key}`] = value;
    }
  }
  return flat;
}

export function unflattenContributions(flat: FlatContributions): Contributions {
  const contributions: Contributions = {};
  for (const [path, value] of Object.entries(flat)) {
    const [period, slice, ...rest] = path.split(separator);
    const bySlice = (contributions[period!] ??= {});
    (bySlice[slice!] ??= {})[rest.join(separator)] = value;
  }
  return contributions;
}

/** What to add to the aggregates when a source document's contribution changes. */
export function contributionDelta(before: FlatContributions, after: FlatContributions): Contributions {
  return unflattenContributions(countsDelta(before, after));
}

/** The sum of many contributions, zero counts left out (a recount). */
export function sumContributions(all: Iterable<Contributions>): Contributions {
  // Added in place and nested: copying or flattening the running total for every source made
  // a recount of a large region take minutes.
  const total: Contributions = {};
  for (const contributions of all) {
    for (const [period, slices] of Object.entries(contributions)) {
      const bySlice = (total[period] ??= {});
      for (const [slice, counts] of Object.entries(slices)) {
        const sum = (bySlice[slice] ??= {});
        for (const [key, value] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + value;
      }
    }
  }
  for (const [period, slices] of Object.entries(total)) {
    const kept = withoutZeroSlices(slices);
    if (Object.keys(kept).length > 0) total[period] = kept;
    else delete total[period];
  }
  return total;
}

/** Slices with their zero counts and empty slices left out, to compare a maintained aggregate with a recount. */
export function withoutZeroSlices(slices: Record<string, Counts>): Record<string, Counts> {
  const clean: Record<string, Counts> = {};
  for (const [slice, counts] of Object.entries(slices)) {
    const kept = Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
    if (Object.keys(kept).length > 0) clean[slice] = kept;
  }
  return clean;
}
