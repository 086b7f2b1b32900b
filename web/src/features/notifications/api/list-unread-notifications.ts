import type { Notification } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, orderBy, query, where } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { notificationsCollection } from './notification-converter';
import { notificationKeys } from './notification-keys';

/** Enough for the badge: beyond 99 it shows "99+" anyway. */
export const unreadLimit = 100;

/** The person's unread notifications, newest first, live: the bell's count and "all read". */
export function unreadNotificationsQueryOptions(uid: string) {
  return liveQueryOptions<WithId<Notification>[], ReturnType<typeof notificationKeys.unread>>(
    notificationKeys.unread(uid),
    subscribeList(query(notificationsCollection(uid), where('read', '==', false), orderBy('createdAt', 'desc'), limit(unreadLimit))),
  );
}

export function useUnreadNotifications(uid: string) {
  return useQuery(unreadNotificationsQueryOptions(uid));
}
