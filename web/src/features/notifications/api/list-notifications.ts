import type { Notification } from '@koers/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { limit, orderBy, query } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { notificationsCollection } from './notification-converter';
import { notificationKeys } from './notification-keys';

/** The bell shows this many; the page loads this many more per "load more". */
export const popoverSize = 20;
export const pageSize = 50;

/** The person's newest `size` notifications, read or not, live. */
export function notificationsQueryOptions(uid: string, size: number) {
  return liveQueryOptions<WithId<Notification>[], ReturnType<typeof notificationKeys.list>>(
    notificationKeys.list(uid, size),
    subscribeList(query(notificationsCollection(uid), orderBy('createdAt', 'desc'), limit(size))),
  );
}

/** Keeps the shorter list on screen while a longer one loads. */
export function useNotifications(uid: string, size: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...notificationsQueryOptions(uid, size), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}
