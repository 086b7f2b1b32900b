import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { recentStartsLimit, recentStartsSpec } from './recent-starts-spec';
import { regionKeys } from './region-keys';

const converter = zodConverter(candidateIndexEntrySchema);

/** The newest starts in `regions/{r}/candidateIndex`, live, so a start shows the moment it is recorded. */
export function recentStartsQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<CandidateIndexEntry>[], ReturnType<typeof regionKeys.recentStarts>>(
    regionKeys.recentStarts(regionId),
    subscribeList(applySpec(collection(db, 'regions', regionId, 'candidateIndex').withConverter(converter), recentStartsSpec(), { size: recentStartsLimit })),
  );
}

export function useRecentStarts(regionId: string) {
  return useQuery(recentStartsQueryOptions(regionId));
}
