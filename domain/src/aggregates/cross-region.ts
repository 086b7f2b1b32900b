import type { Counts } from './counts.js';

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
