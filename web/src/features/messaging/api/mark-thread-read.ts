import type { Thread } from '@koers/domain';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { useEffect, useRef } from 'react';
import { db } from '../../../lib/firebase';
import { unreadFor } from '../messaging-helpers';

/** Resets my unread count and stamps my readAt (exactly what the rules let a participant change). */
export async function markThreadRead(threadId: string, uid: string): Promise<void> {
  await updateDoc(doc(db, 'threads', threadId), { [`unread.${uid}`]: 0, [`readAt.${uid}`]: serverTimestamp() });
}

/**
 * While a thread is open with something unread for me, mark it read. Shared by the staff app and
 * Mijn Koers, so it imports only firebase, react and pure helpers (no UI kit, no router).
 */
export function useMarkThreadRead(thread: Pick<Thread, 'unread'> & { id: string }, uid: string): void {
  const unread = unreadFor(thread, uid);
  // One write at a time: the live thread may re-render before our write comes back.
  const marking = useRef(false);
  useEffect(() => {
    if (unread === 0 || marking.current) return;
    marking.current = true;
    markThreadRead(thread.id, uid)
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        marking.current = false;
      });
  }, [unread, thread.id, uid]);
}
