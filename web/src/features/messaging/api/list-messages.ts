import type { Message } from '@koers/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { messagingKeys } from './messaging-keys';
import { messageConverter } from './messaging-converters';
import { messagesSpec } from './thread-specs';

/**
 * The newest `size` messages of a thread that I may read (from my visibleFrom), live, newest
 * first. "Oudere berichten" asks for the next page by growing `size`.
 */
export function messagesQueryOptions(threadId: string, uid: string, visibleFrom: Date, size: number) {
  return liveQueryOptions<WithId<Message>[], ReturnType<typeof messagingKeys.messages>>(
    messagingKeys.messages(threadId, uid, size),
    subscribeList(applySpec(collection(db, 'threads', threadId, 'messages').withConverter(messageConverter), messagesSpec(visibleFrom), { size })),
  );
}

export function useMessages(threadId: string, uid: string, visibleFrom: Date | null, size: number) {
  return useQuery({
    ...messagesQueryOptions(threadId, uid, visibleFrom ?? new Date(0), size),
    enabled: visibleFrom !== null,
    placeholderData: keepPreviousData,
  });
}
