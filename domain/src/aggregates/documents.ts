import type { Aggregate } from '../schemas/platform.js';
import { allSlice, type Contributions } from './contributions.js';
import { withoutZeroSlices } from './ledger.js';
import { periodKindOf, periodStart } from './periods.js';

/**
 * Aggregate documents are one per period and slice, so a dashboard reads exactly the figures
 * it shows: `regions/{r}/aggregates/m-2026-11` holds the `all` slice,
 * `regions/{r}/aggregateSlices/m-2026-11~sector.vo` the VO slice. A month of a large region has
 * some forty slices; one document holding them all would be 200 KB where the unfiltered view
 * needs a twentieth of it. The filter slices live in their own collection so that the
 * cross-region trigger, which needs only `all`, does not run for each of them.
 */
export function aggregateDocId(period: string, slice: string): string {
  return slice === allSlice ? period : `${period}~${slice}`;
}

/** `aggregates` for the `all` slice, `aggregateSlices` for the filter slices. */
export function aggregateCollectionOf(slice: string): 'aggregates' | 'aggregateSlices' {
  return slice === allSlice ? 'aggregates' : 'aggregateSlices';
}

/** The document path of one period's slice in a region. */
export function aggregatePath(regionId: string, period: string, slice: string): string {
  return `regions/${regionId}/${aggregateCollectionOf(slice)}/${aggregateDocId(period, slice)}`;
}

/** The period and slice of an aggregate document id (see `aggregateDocId`). */
export function aggregateDocParts(id: string): { period: string; slice: string } {
  const at = id.indexOf('~');
  return at < 0 ? { period: id, slice: allSlice } : { period: id.slice(0, at), slice: id.slice(at + 1) };
}

/** The fields every aggregate document carries besides its counts. */
export function aggregateHeader(period: string, slice: string = allSlice): Pick<Aggregate, 'period' | 'kind' | 'start' | 'slice'> {
  const kind = periodKindOf(period);
  if (!kind) throw new Error(`Not an aggregate period: ${period}`);
  return { period, kind, start: periodStart(period), slice };
}

/** The aggregate documents of a recount, one per period and slice with counts, by id. */
export function aggregateDocuments(sum: Contributions, updatedAt: Date): Aggregate[] {
  const docs: Aggregate[] = [];
  for (const [period, slices] of Object.entries(sum)) {
    for (const [slice, counts] of Object.entries(withoutZeroSlices(slices))) {
      docs.push({ ...aggregateHeader(period, slice), slices: { [slice]: counts }, updatedAt });
    }
  }
  const id = (doc: Aggregate) => aggregateDocId(doc.period, doc.slice);
  return docs.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}
