import type { Thread } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { messagingKeys } from './messaging-keys';
import { threadConverter } from './messaging-converters';

/** `threads/{id}`, live (participants, read state, unread counts). Null when it does not exist. */
export function threadQueryOptions(threadId: string) {
  return liveQueryOptions<WithId<Thread> | null, ReturnType<typeof messagingKeys.thread>>(
    messagingKeys.thread(threadId),
    subscribeDoc(doc(db, 'threads', threadId).withConverter(threadConverter)),
  );
}

export function useThread(threadId: string) {
  return useQuery(threadQueryOptions(threadId));
}
