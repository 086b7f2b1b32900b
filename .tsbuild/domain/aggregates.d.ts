import type { CandidateIndexEntry } from './schemas/candidate.js';
/** The running aggregate every region keeps: `regions/{r}/aggregates/current`. */
export declare const currentAggregatePeriod = "current";
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
export declare function indexEntryCounts(entry: CountedEntry | null): Counts;
/** `after − before` per key, leaving out keys that do not change. */
export declare function countsDelta(before: Counts, after: Counts): Counts;
/** `base + delta`, leaving out keys that end at zero. */
export declare function addCounts(base: Counts, delta: Counts): Counts;
/** The aggregate of a whole region, counted from scratch (seed data, repair, tests). */
export declare function recount(entries: Iterable<CountedEntry>): Counts;
/** Counts without zero keys, so a maintained aggregate compares equal to a recount. */
export declare function withoutZeroCounts(counts: Counts): Counts;
