import { useMutation } from '@tanstack/react-query';
import { doc, writeBatch } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { notificationKeys } from './notification-keys';

/**
 * Marks the given unread notifications read in one batch (the ids of the live unread list,
 * at most 100; a batch takes 500). Anything beyond shows up unread in the list afterwards.
 */
export async function markAllNotificationsRead({ uid, notificationIds }: { uid: string; notificationIds: readonly string[] }): Promise<void> {
  if (notificationIds.length === 0) return;
  const batch = writeBatch(db);
  for (const id of notificationIds) batch.update(doc(db, 'users', uid, 'notifications', id), { read: true });
  await batch.commit();
}

export function useMarkAllNotificationsRead() {
  return useMutation({ mutationKey: notificationKeys.markAllRead(), mutationFn: markAllNotificationsRead });
}
