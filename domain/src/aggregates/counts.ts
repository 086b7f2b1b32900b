import { boardColumnOf } from '../journey.js';
import type { CandidateIndexEntry } from '../schemas/candidate.js';

/** The running aggregate every region keeps: `regions/{r}/aggregates/current`. */
export const currentAggregatePeriod = 'current';

/** Dimension path → number of candidates, e.g. `column.matching: 12`, `subject.wiskunde: 4`. */
export type Counts = Record<string, number>;

/** The part of an index entry the aggregates count. */
export type CountedEntry = Pick<CandidateIndexEntry, 'phase' | 'status' | 'sectors' | 'subjects' | 'source'>;

/**
 * What one candidate contributes to its region's aggregate (1 per key):
 * `total`, `column.<boardColumn>`, `status.<status>`, `source.<source>`,
 * and one `sector.<sector>` / `subject.<subject>` per distinct value listed.
 * A missing entry (not in the region, or deleted) contributes nothing.
 */
export function indexEntryCounts(entry: CountedEntry | null): Counts {
  if (!entry) return {};
  const counts: Counts = {
    total: 1,
    [`column.${boardColumnOf(entry)}`]: 1,
    [`status.${entry.status}`]: 1,
    [`source.${entry.source}`]: 1,
  };
  for (const sector of new Set(entry.sectors)) counts[`sector.${sector}`] = 1;
  for (const subject of new Set(entry.subjects)) counts[`subject.${subject}`] = 1;
  return counts;
}

/** `after − before` per key, leaving out keys that do not change. */
export function countsDelta(before: Counts, after: Counts): Counts {
  const delta: Counts = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const change = (after[key] ?? 0) - (before[key] ?? 0);
    if (change !== 0) delta[key] = change;
  }
  return delta;
}

/** `base + delta`, leaving out keys that end at zero. */
export function addCounts(base: Counts, delta: Counts): Counts {
  const sum: Counts = { ...base };
  for (const [key, change] of Object.entries(delta)) {
    const value = (sum[key] ?? 0) + change;
    if (value === 0) delete sum[key];
    else sum[key] = value;
  }
  return sum;
}

/** The aggregate of a whole region, counted from scratch (seed data, repair, tests). */
export function recount(entries: Iterable<CountedEntry>): Counts {
  let counts: Counts = {};
  for (const entry of entries) counts = addCounts(counts, indexEntryCounts(entry));
  return counts;
}

/** Counts without zero keys, so a maintained aggregate compares equal to a recount. */
export function withoutZeroCounts(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
}
