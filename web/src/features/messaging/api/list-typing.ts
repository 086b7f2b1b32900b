import type { Typing } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { messagingKeys } from './messaging-keys';
import { typingConverter } from './messaging-converters';

/** `threads/{t}/typing`: who is typing (one entry per participant at most), live. */
export function typingQueryOptions(threadId: string) {
  return liveQueryOptions<WithId<Typing>[], ReturnType<typeof messagingKeys.typing>>(
    messagingKeys.typing(threadId),
    subscribeList(collection(db, 'threads', threadId, 'typing').withConverter(typingConverter)),
  );
}

export function useTyping(threadId: string) {
  return useQuery(typingQueryOptions(threadId));
}
