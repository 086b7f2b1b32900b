import { ActionIcon, Anchor, Box, Button, Center, Divider, Group, Indicator, Loader, Popover, ScrollArea, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useSession } from '../../access/components/session-context';
import { popoverSize, useNotifications } from '../api/list-notifications';
import { useUnreadNotifications } from '../api/list-unread-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { unreadBadgeText } from '../notification-helpers';
import { BellIcon } from './kind-icon';
import { NotificationList } from './notification-list';

/**
 * The header bell: the unread count (live) and, on click, the newest notifications in a
 * popover that holds focus until it closes (Escape, a click outside, or opening one).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [opened, setOpened] = useState(false);
  const titleId = useId();
  const unread = useUnreadNotifications(user.uid);
  const count = unread.data?.length ?? 0;
  const label = count > 0 ? t('notifications.bellUnread', { badge: unreadBadgeText(count) }) : t('notifications.bell');

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(400px, calc(100vw - 16px))"
      shadow="md"
      trapFocus
      returnFocus
      closeOnEscape
      withinPortal
    >
      <Indicator disabled={count === 0} label={<span aria-hidden="true">{unreadBadgeText(count)}</span>} size={18} color="red" offset={4} zIndex={3}>
        <Popover.Target>
          <ActionIcon variant="default" size="lg" radius="md" aria-label={label} aria-haspopup="dialog" onClick={() => setOpened((current) => !current)}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} role="dialog" aria-labelledby={titleId}>
        {opened && <NotificationPanel titleId={titleId} unreadIds={(unread.data ?? []).map((item) => item.id)} close={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationPanel({ titleId, unreadIds, close }: { titleId: string; unreadIds: string[]; close: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const list = useNotifications(user.uid, popoverSize);
  const markAll = useMarkAllNotificationsRead();

  const markAllRead = () =>
    markAll.mutate(
      { uid: user.uid, notificationIds: unreadIds },
      { onError: () => toasts.show({ color: 'red', message: t('notifications.markReadFailed') }) },
    );

  return (
    <>
      <Group justify="space-between" wrap="nowrap" px="sm" py="xs">
        <Text id={titleId} fw={700}>
          {t('notifications.title')}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={markAllRead} disabled={unreadIds.length === 0} loading={markAll.isPending}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      <ScrollArea.Autosize mah="min(60vh, 480px)" type="auto">
        <Box p={4}>
          {list.isPending ? (
            <Center p="md">
              <Loader size="sm" aria-label={t('notifications.loading')} />
            </Center>
          ) : list.isError ? (
            <Box p="xs">
              <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
            </Box>
          ) : list.data.length === 0 ? (
            <Text c="dimmed" size="sm" p="sm">
              {t('notifications.empty')}
            </Text>
          ) : (
            <NotificationList items={list.data} label={t('notifications.recent')} onOpen={close} compact />
          )}
        </Box>
      </ScrollArea.Autosize>
      <Divider />
      <Group justify="space-between" px="sm" py="xs" wrap="wrap" gap="xs">
        <Anchor component={Link} to="/meldingen" size="sm" onClick={close}>
          {t('notifications.all')}
        </Anchor>
        <Anchor component={Link} to="/instellingen/meldingen" size="sm" onClick={close}>
          {t('notifications.preferencesLink')}
        </Anchor>
      </Group>
    </>
  );
}
