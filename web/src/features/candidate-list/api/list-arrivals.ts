import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, onSnapshot, orderBy, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions, type Subscribe } from '../../../lib/live-query';
import { meterQuery } from '../../../lib/read-meter';
import { candidateListKeys } from './candidate-list-keys';

const converter = zodConverter(candidateIndexEntrySchema);

/** More than this many arrivals while the list is open is a sign to refresh, not to list them. */
export const arrivalsLimit = 20;

/**
 * The region's index entries written since the list was opened, live: new candidates from the
 * website, the API or a colleague show up while the (one-shot, paged) list itself stays put.
 * Costs one read per changed entry, nothing while the region is quiet.
 */
function subscribeArrivals(regionId: string, since: Date): Subscribe<WithId<CandidateIndexEntry>[]> {
  return (next, fail) =>
    onSnapshot(
      query(
        collection(db, 'regions', regionId, 'candidateIndex').withConverter(converter),
        where('updatedAt', '>', since),
        orderBy('updatedAt', 'desc'),
        limit(arrivalsLimit),
      ),
      (snapshot) => {
        meterQuery(snapshot);
        next(snapshot.docs.map((doc) => doc.data()));
      },
      fail,
    );
}

export function useArrivals(regionId: string, since: Date) {
  return useQuery(liveQueryOptions(candidateListKeys.arrivals(regionId, since.getTime()), subscribeArrivals(regionId, since)));
}
