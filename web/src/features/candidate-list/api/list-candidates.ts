import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useInfiniteQuery, infiniteQueryOptions } from '@tanstack/react-query';
import { collection, getDocs, type QueryDocumentSnapshot } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter, type WithId } from '../../../lib/firestore';
import { applySpec } from '../../../lib/query-spec';
import { meterQuery } from '../../../lib/read-meter';
import { candidateListKeys } from './candidate-list-keys';
import { planCandidateList, type CandidateListFilters } from './candidate-list-spec';

const converter = zodConverter(candidateIndexEntrySchema);

export const candidatePageSize = 25;
/** Entries fetched per round trip while filling a page (client-side filters may skip some). */
const batchSize = 50;
/** A page stops scanning after this many entries, so a rare filter cannot read the whole pool at once. */
const scanCap = 1000;

type Cursor = QueryDocumentSnapshot<WithId<CandidateIndexEntry>>;

export interface CandidatePage {
  rows: WithId<CandidateIndexEntry>[];
  /** Where the next page starts; null when the pool is exhausted. */
  next: Cursor | null;
}

/**
 * One page of `regions/{r}/candidateIndex` under the filters: fetches batches after the
 * cursor until `size` entries pass the client-side filters or the pool ends. Staff of r may
 * list the index, so the query needs no extra filter for the rules.
 */
export async function fetchCandidatePage(
  regionId: string,
  filters: CandidateListFilters,
  after: Cursor | null,
  size = candidatePageSize,
): Promise<CandidatePage> {
  const { spec, matches } = planCandidateList(regionId, filters);
  const base = collection(db, 'regions', regionId, 'candidateIndex').withConverter(converter);
  const now = new Date();
  const rows: WithId<CandidateIndexEntry>[] = [];
  let cursor = after;
  let scanned = 0;
  for (;;) {
    const requested = Math.max(batchSize, size - rows.length);
    const snapshot = await getDocs(applySpec(base, spec, { after: cursor, size: requested }));
    meterQuery(snapshot);
    for (const doc of snapshot.docs) {
      cursor = doc;
      scanned += 1;
      const entry = doc.data();
      if (matches(entry, now)) rows.push(entry);
      if (rows.length === size) return { rows, next: cursor };
    }
    if (snapshot.docs.length < requested) return { rows, next: null };
    if (scanned >= scanCap) return { rows, next: cursor };
  }
}

/**
 * The list as pages behind a cursor ("Meer laden"). One-shot reads, not listeners: a
 * listener per loaded page would re-read and re-shuffle pages while someone pages through
 * a large pool, and the list is for finding people, not for watching them (the dossier
 * and board are live). A refresh button and refetch-on-focus keep it current.
 */
export function candidateListQueryOptions(regionId: string, filters: CandidateListFilters) {
  return infiniteQueryOptions({
    queryKey: candidateListKeys.list(regionId, filters),
    queryFn: ({ pageParam }) => fetchCandidatePage(regionId, filters, pageParam),
    initialPageParam: null as Cursor | null,
    getNextPageParam: (page) => page.next,
    staleTime: 30_000,
  });
}

export function useCandidateList(regionId: string, filters: CandidateListFilters) {
  return useInfiniteQuery(candidateListQueryOptions(regionId, filters));
}
