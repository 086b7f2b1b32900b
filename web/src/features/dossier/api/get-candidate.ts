import { candidateSchema, type Candidate } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dossierKeys } from './dossier-keys';

export const candidateConverter = zodConverter(candidateSchema);

/** `candidates/{id}`, live: every save by anyone shows at once. Null when it does not exist. */
export function candidateQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<Candidate> | null, ReturnType<typeof dossierKeys.detail>>(
    dossierKeys.detail(candidateId),
    subscribeDoc(doc(db, 'candidates', candidateId).withConverter(candidateConverter)),
  );
}

export function useCandidate(candidateId: string) {
  return useQuery(candidateQueryOptions(candidateId));
}
