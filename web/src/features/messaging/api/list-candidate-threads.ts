import type { Thread } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { messagingKeys } from './messaging-keys';
import { threadConverter } from './messaging-converters';
import { candidateThreadsLimit, candidateThreadsSpec } from './thread-specs';

/** My threads about one candidate (the dossier's "Berichten"), live. */
export function candidateThreadsQueryOptions(uid: string, candidateId: string) {
  return liveQueryOptions<WithId<Thread>[], ReturnType<typeof messagingKeys.candidateThreads>>(
    messagingKeys.candidateThreads(uid, candidateId),
    subscribeList(
      applySpec(collection(db, 'threads').withConverter(threadConverter), candidateThreadsSpec(uid, candidateId), { size: candidateThreadsLimit }),
    ),
  );
}

export function useCandidateThreads(uid: string, candidateId: string) {
  return useQuery(candidateThreadsQueryOptions(uid, candidateId));
}
