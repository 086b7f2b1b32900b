import { presenceSchema, type Presence } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dossierKeys } from './dossier-keys';

const presenceConverter = zodConverter(presenceSchema);

/** An entry counts as "viewing now" when refreshed within this window. */
export const presenceWindowMs = 60_000;
/** How often an open dossier refreshes its own entry. */
export const presenceHeartbeatMs = 20_000;

/** `candidates/{c}/presence`: one small document per person with the dossier open, live. */
export function presenceQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<Presence>[], ReturnType<typeof dossierKeys.presence>>(
    dossierKeys.presence(candidateId),
    subscribeList(collection(db, 'candidates', candidateId, 'presence').withConverter(presenceConverter)),
  );
}

export function usePresence(candidateId: string) {
  return useQuery(presenceQueryOptions(candidateId));
}
