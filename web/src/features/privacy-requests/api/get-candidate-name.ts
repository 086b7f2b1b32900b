import { candidateIndexEntrySchema } from '@koers/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';
import { meterDocument } from '../../../lib/read-meter';
import { privacyRequestKeys } from './privacy-request-keys';

const nameConverter = zodConverter(candidateIndexEntrySchema.pick({ name: true }));

/**
 * The requester's name from the region's candidate index, read once (a name rarely changes
 * while a request is open). Null when the candidate is no longer in the region's index, for
 * instance after their data was deleted.
 */
export function candidateNameQueryOptions(regionId: string, candidateId: string) {
  return queryOptions({
    queryKey: privacyRequestKeys.candidateName(regionId, candidateId),
    staleTime: 5 * 60 * 1000,
    queryFn: async () => {
      const snapshot = await getDoc(doc(db, 'regions', regionId, 'candidateIndex', candidateId).withConverter(nameConverter));
      meterDocument(snapshot);
      return snapshot.data()?.name ?? null;
    },
  });
}

/** `enabled: false` for an erased dossier: its index entry is gone, so there is nothing to read. */
export function useCandidateName(regionId: string, candidateId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...candidateNameQueryOptions(regionId, candidateId), enabled });
}
