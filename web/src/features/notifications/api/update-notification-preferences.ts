import { notificationPreferencesSchema, type NotificationPreferences } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { notificationKeys } from './notification-keys';

/**
 * Stores the person's delivery choices on `users/{uid}` (one of the three fields they may set
 * themselves). The live access listener brings the new values back to every open tab.
 */
export async function updateNotificationPreferences({ uid, preferences }: { uid: string; preferences: NotificationPreferences }): Promise<void> {
  await updateDoc(doc(db, 'users', uid), { notificationPreferences: notificationPreferencesSchema.parse(preferences) });
}

export function useUpdateNotificationPreferences() {
  return useMutation({ mutationKey: notificationKeys.updatePreferences(), mutationFn: updateNotificationPreferences });
}
