import { interactionSchema, type Interaction } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dossierKeys } from './dossier-keys';

const interactionConverter = zodConverter(interactionSchema);

export const timelineLimit = 100;

/** `candidates/{c}/interactions`, newest contact first, live. */
export function interactionsQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<Interaction>[], ReturnType<typeof dossierKeys.interactions>>(
    dossierKeys.interactions(candidateId),
    subscribeList(
      query(
        collection(db, 'candidates', candidateId, 'interactions').withConverter(interactionConverter),
        orderBy('performedAt', 'desc'),
        limit(timelineLimit),
      ),
    ),
  );
}

export function useInteractions(candidateId: string) {
  return useQuery(interactionsQueryOptions(candidateId));
}
