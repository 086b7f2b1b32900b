import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { candidateKeys } from './candidate-keys';

export const candidateIndexConverter = zodConverter(candidateIndexEntrySchema);

export const myCandidatesLimit = 20;

/** Active candidates an adviser owns in `regions/{r}/candidateIndex`: never-contacted and longest-ago first. */
export function myCandidatesQuery(regionId: string, ownerUid: string) {
  return query(
    collection(db, 'regions', regionId, 'candidateIndex').withConverter(candidateIndexConverter),
    where('ownerUid', '==', ownerUid),
    where('status', '==', 'active'),
    orderBy('lastContactAt', 'asc'),
    limit(myCandidatesLimit),
  );
}

export function myCandidatesQueryOptions(regionId: string, ownerUid: string) {
  return liveQueryOptions<WithId<CandidateIndexEntry>[], ReturnType<typeof candidateKeys.mine>>(
    candidateKeys.mine(regionId, ownerUid),
    subscribeList(myCandidatesQuery(regionId, ownerUid)),
  );
}

export function useMyCandidates(regionId: string, ownerUid: string) {
  return useQuery(myCandidatesQueryOptions(regionId, ownerUid));
}
