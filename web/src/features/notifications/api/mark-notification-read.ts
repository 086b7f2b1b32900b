import { useMutation } from '@tanstack/react-query';
import { doc, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { notificationKeys } from './notification-keys';

/** Marks one notification read: `read` is the one field the rules let the person change. */
export async function markNotificationRead({ uid, notificationId }: { uid: string; notificationId: string }): Promise<void> {
  await updateDoc(doc(db, 'users', uid, 'notifications', notificationId), { read: true });
}

export function useMarkNotificationRead() {
  return useMutation({ mutationKey: notificationKeys.markRead(), mutationFn: markNotificationRead });
}
