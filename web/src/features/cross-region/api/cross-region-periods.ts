import { periodIdsEndingAt, statePeriod } from '@koers/domain';

export const crossRegionPeriodParam = 'periode';

/** What the picker offers: now, then the last twelve months, newest first. */
export function crossRegionPeriods(now: Date): string[] {
  return [statePeriod, ...periodIdsEndingAt('month', 12, now).reverse()];
}

/** The period in the URL when the picker offers it, else now. */
export function parseCrossRegionPeriod(requested: string | null, now: Date): string {
  return requested && crossRegionPeriods(now).includes(requested) ? requested : statePeriod;
}
