import type { CrossRegionAggregate } from '../schemas/platform.js';
import type { Counts } from './counts.js';
import { periodKindOf } from './periods.js';

/** Figures below this are shown as "< 5", so nobody can be singled out in the cross-region view. */
export const smallNumberThreshold = 5;

/** Key families the cross-region view shows; owners, bottleneck texts and task dates stay regional. */
export const crossRegionFamilies = [
  'total',
  'column',
  'status',
  'reached',
  'source',
  'sector',
  'subject',
  'function',
  'qualification',
  'priorEducation',
  'exitReason',
  'new',
  'newSource',
  'cohort',
  'enter',
  'leave',
  'exit',
  'matchStep',
  'match',
  'registrations',
] as const;

/** Counts 1–4 become null ("< 5"); zeros and larger numbers stay. Applied before the document is written. */
export function suppressSmallNumbers(counts: Counts): Record<string, number | null> {
  const suppressed: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(counts)) {
    const family = key.split('.')[0]!;
    if (!(crossRegionFamilies as readonly string[]).includes(family) || value === 0) continue;
    suppressed[key] = value > 0 && value < smallNumberThreshold ? null : value;
  }
  return suppressed;
}

/** The periods compared across regions: the state now and whole months (days and weeks are too small to compare). */
export function isCrossRegionPeriod(period: string): boolean {
  const kind = periodKindOf(period);
  return kind === 'state' || kind === 'month';
}

/** A participating region as the cross-region document needs it: its `all` slice, or null when it has no figures for the period. */
export interface CrossRegionSource {
  id: string;
  name: string;
  slicesAll: Counts | null;
}

/**
 * The `crossRegionAggregates/{period}` document, rebuilt whole from the participating regions'
 * `all` slices: the same input always gives the same document. Regions are ordered by name so
 * the view reads the same everywhere; a region without figures is still listed, with none.
 */
export function buildCrossRegionAggregate(period: string, regions: readonly CrossRegionSource[], updatedAt: Date): CrossRegionAggregate {
  const kind = periodKindOf(period);
  if (!kind || !isCrossRegionPeriod(period)) throw new Error(`Not a cross-region period: ${period}`);
  const ordered = [...regions].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  return {
    period,
    kind,
    regionIds: ordered.map((region) => region.id),
    regionNames: Object.fromEntries(ordered.map((region) => [region.id, region.name])),
    byRegion: Object.fromEntries(ordered.map((region) => [region.id, suppressSmallNumbers(region.slicesAll ?? {})])),
    updatedAt,
  };
}
