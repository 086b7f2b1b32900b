import { candidateSchema, type Candidate } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { selfServiceKeys } from './self-service-keys';

const candidateConverter = zodConverter(candidateSchema);

/** `candidates/{candidateId}`: the candidate's own dossier. */
export function myDossierQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<Candidate> | null, ReturnType<typeof selfServiceKeys.dossier>>(
    selfServiceKeys.dossier(candidateId),
    subscribeDoc(doc(db, 'candidates', candidateId).withConverter(candidateConverter)),
  );
}

export function useMyDossier(candidateId: string | null) {
  return useQuery({ ...myDossierQueryOptions(candidateId ?? '-'), enabled: Boolean(candidateId) });
}
