import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../access/components/session-context';
import { pageSize, useNotifications } from '../api/list-notifications';
import { useUnreadNotifications } from '../api/list-unread-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { NotificationList } from '../components/notification-list';

/** /meldingen: every notification, newest first, 50 at a time. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [size, setSize] = useState(pageSize);
  const list = useNotifications(user.uid, size);
  const unread = useUnreadNotifications(user.uid);
  const markAll = useMarkAllNotificationsRead();
  const unreadIds = (unread.data ?? []).map((item) => item.id);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <PageTitle>{t('notifications.title')}</PageTitle>
          <Text c="dimmed">{t('notifications.intro')}</Text>
        </Stack>
        <Group gap="sm">
          <Anchor component={Link} to="/instellingen/meldingen" size="sm">
            {t('notifications.preferencesLink')}
          </Anchor>
          <Button
            variant="light"
            disabled={unreadIds.length === 0}
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(
                { uid: user.uid, notificationIds: unreadIds },
                { onError: () => toasts.show({ color: 'red', message: t('notifications.markReadFailed') }) },
              )
            }
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState>{t('notifications.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <NotificationList items={list.data} label={t('notifications.title')} />
          {list.data.length >= size && (
            <Group justify="center">
              <Button variant="light" loading={list.isPlaceholderData} onClick={() => setSize((current) => current + pageSize)}>
                {t('notifications.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
