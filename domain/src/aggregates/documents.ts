import type { Aggregate } from '../schemas/platform.js';
import type { Contributions } from './contributions.js';
import { withoutZeroSlices } from './ledger.js';
import { periodKindOf, periodStart } from './periods.js';

/** The fields every aggregate document carries besides its counts. */
export function aggregateHeader(period: string): Pick<Aggregate, 'period' | 'kind' | 'start'> {
  const kind = periodKindOf(period);
  if (!kind) throw new Error(`Not an aggregate period: ${period}`);
  return { period, kind, start: periodStart(period) };
}

/** The aggregate documents of a recount, one per period with counts (ids are the periods). */
export function aggregateDocuments(sum: Contributions, updatedAt: Date): Aggregate[] {
  return Object.entries(sum)
    .map(([period, slices]) => ({ ...aggregateHeader(period), slices: withoutZeroSlices(slices), updatedAt }))
    .filter((doc) => Object.keys(doc.slices).length > 0)
    .sort((a, b) => a.period.localeCompare(b.period));
}
