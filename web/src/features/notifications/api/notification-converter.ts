import { notificationSchema } from '@koers/domain';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const notificationConverter = zodConverter(notificationSchema);

/** `users/{uid}/notifications`, parsed. */
export function notificationsCollection(uid: string) {
  return collection(db, 'users', uid, 'notifications').withConverter(notificationConverter);
}
