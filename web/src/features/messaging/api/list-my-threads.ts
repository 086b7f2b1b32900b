import type { Thread } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { messagingKeys, type ThreadScope } from './messaging-keys';
import { threadConverter } from './messaging-converters';
import { myThreadsSpec, threadListLimit } from './thread-specs';

/** `threads` I take part in (the newest 50 by activity), live; shared by the page and the nav badge. */
export function myThreadsQueryOptions(uid: string, scope: ThreadScope) {
  return liveQueryOptions<WithId<Thread>[], ReturnType<typeof messagingKeys.threads>>(
    messagingKeys.threads(uid, scope),
    subscribeList(applySpec(collection(db, 'threads').withConverter(threadConverter), myThreadsSpec(uid, scope), { size: threadListLimit })),
  );
}

export function useMyThreads(uid: string, scope: ThreadScope) {
  return useQuery(myThreadsQueryOptions(uid, scope));
}
