/** Query keys of the notifications feature. */
export const notificationKeys = {
  all: ['notifications'] as const,
  user: (uid: string) => [...notificationKeys.all, uid] as const,
  unread: (uid: string) => [...notificationKeys.user(uid), 'unread'] as const,
  list: (uid: string, size: number) => [...notificationKeys.user(uid), 'list', size] as const,
  markRead: () => [...notificationKeys.all, 'mark-read'] as const,
  markAllRead: () => [...notificationKeys.all, 'mark-all-read'] as const,
  updatePreferences: () => [...notificationKeys.all, 'update-preferences'] as const,
};
