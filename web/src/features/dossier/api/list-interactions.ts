import { interactionSchema, type Interaction } from '@koers/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dossierKeys } from './dossier-keys';

const interactionConverter = zodConverter(interactionSchema);

/** Timeline entries of each kind read at first, and added by each "show older" step. */
export const timelinePageSize = 50;

/** `candidates/{c}/interactions`, the newest `size` contacts, newest first, live. */
export function interactionsQueryOptions(candidateId: string, size: number) {
  return liveQueryOptions<WithId<Interaction>[], ReturnType<typeof dossierKeys.interactions>>(
    dossierKeys.interactions(candidateId, size),
    subscribeList(
      query(
        collection(db, 'candidates', candidateId, 'interactions').withConverter(interactionConverter),
        orderBy('performedAt', 'desc'),
        limit(size),
      ),
    ),
  );
}

export function useInteractions(candidateId: string, size: number) {
  // The previous size's entries stay on screen while the longer list loads.
  return useQuery({ ...interactionsQueryOptions(candidateId, size), placeholderData: keepPreviousData });
}
