import type { Notification } from '@koers/domain';
import { Box, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useSession } from '../../access/components/session-context';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { notificationTarget } from '../notification-helpers';
import { KindIcon } from './kind-icon';
import { useRelativeTime } from './use-relative-time';
import classes from './notification-list.module.css';

interface NotificationListProps {
  items: readonly WithId<Notification>[];
  label: string;
  /** Called after a notification was opened (the bell closes its popover). */
  onOpen?: () => void;
  compact?: boolean;
}

/** Notifications as links: opening one marks it read and goes where it points. */
export function NotificationList({ items, label, onOpen, compact = false }: NotificationListProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const format = useFormat();
  const ago = useRelativeTime();
  const markRead = useMarkNotificationRead();

  const open = (notification: WithId<Notification>) => {
    if (!notification.read) {
      markRead.mutate(
        { uid: user.uid, notificationId: notification.id },
        { onError: () => toasts.show({ color: 'red', message: t('notifications.markReadFailed') }) },
      );
    }
    onOpen?.();
  };

  return (
    <Stack component="ul" gap={4} className={classes.list} aria-label={label}>
      {items.map((notification) => {
        const target = notificationTarget(notification.link, window.location.origin);
        const content = (
          <>
            <KindIcon kind={notification.kind} />
            <Box flex={1} miw={0}>
              <Text size="xs" c="dimmed">
                {t(`notifications.kind.${notification.kind}`)} ·{' '}
                <time dateTime={notification.createdAt.toISOString()} title={format.dateTime(notification.createdAt)}>
                  {ago(notification.createdAt)}
                </time>
              </Text>
              <Text size="sm" fw={notification.read ? 500 : 700}>
                {!notification.read && <VisuallyHidden>{t('notifications.unreadMarker')} </VisuallyHidden>}
                {notification.title}
              </Text>
              {notification.body && (
                <Text size="sm" c="dimmed" lineClamp={compact ? 2 : undefined} className={classes.body}>
                  {notification.body}
                </Text>
              )}
            </Box>
            {!notification.read && <span className={classes.dot} aria-hidden="true" />}
          </>
        );
        const className = `${classes.item} ${notification.read ? '' : classes.unread}`;
        return (
          <li key={notification.id}>
            {target?.kind === 'internal' ? (
              <Link to={target.path} className={className} onClick={() => open(notification)}>
                {content}
              </Link>
            ) : target?.kind === 'external' ? (
              <a href={target.href} className={className} onClick={() => open(notification)} rel="noopener noreferrer">
                {content}
              </a>
            ) : (
              <UnstyledButton className={className} onClick={() => open(notification)}>
                {content}
              </UnstyledButton>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
