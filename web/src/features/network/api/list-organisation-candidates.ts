import { candidateIndexEntrySchema, type CandidateIndexEntry } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { networkKeys } from './network-keys';
import { organisationCandidatesLimit, organisationCandidatesSpec } from './organisation-candidates-spec';

const candidateIndexConverter = zodConverter(candidateIndexEntrySchema);

/** Candidates of the region introduced to the organisation (`candidateIndex`, staff only). */
export function organisationCandidatesQueryOptions(regionId: string, organisationId: string) {
  return liveQueryOptions<WithId<CandidateIndexEntry>[], ReturnType<typeof networkKeys.organisationCandidates>>(
    networkKeys.organisationCandidates(regionId, organisationId),
    subscribeList(
      applySpec(collection(db, 'regions', regionId, 'candidateIndex').withConverter(candidateIndexConverter), organisationCandidatesSpec(organisationId), {
        size: organisationCandidatesLimit,
      }),
    ),
  );
}

export function useOrganisationCandidates(regionId: string, organisationId: string) {
  return useQuery(organisationCandidatesQueryOptions(regionId, organisationId));
}
