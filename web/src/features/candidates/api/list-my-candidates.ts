import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { candidateKeys } from './candidate-keys';
import { myCandidatesLimit, myCandidatesSpec } from './my-candidates-spec';

export const candidateIndexConverter = zodConverter(candidateIndexEntrySchema);

/** Active candidates an adviser owns in `regions/{r}/candidateIndex`: never-contacted and longest-ago first. */
export function myCandidatesQuery(regionId: string, ownerUid: string) {
  return applySpec(collection(db, 'regions', regionId, 'candidateIndex').withConverter(candidateIndexConverter), myCandidatesSpec(ownerUid), {
    size: myCandidatesLimit,
  });
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
