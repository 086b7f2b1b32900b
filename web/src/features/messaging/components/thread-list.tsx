import { Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { Thread } from '@koers/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WithId } from '../../../lib/firestore';
import { unreadFor } from '../messaging-helpers';
import { useMessageTime } from './use-message-time';
import classes from './messaging.module.css';

interface ThreadListProps {
  threads: ReadonlyArray<WithId<Thread>>;
  uid: string;
  /** Where a thread opens: `${basePath}/${id}`. */
  basePath: string;
  activeId?: string;
  /** Staff see which threads include the candidate. */
  showCandidateBadge: boolean;
}

/** Conversations, most recent first: title, last message, time and what is unread for me. */
export function ThreadList({ threads, uid, basePath, activeId, showCandidateBadge }: ThreadListProps) {
  const { t } = useTranslation();
  const time = useMessageTime();
  return (
    <ul className={classes.threadList}>
      {threads.map((thread) => {
        const unread = unreadFor(thread, uid);
        const active = thread.id === activeId;
        return (
          <li key={thread.id}>
            <Link to={`${basePath}/${thread.id}`} className={classes.threadRow} aria-current={active ? 'page' : undefined}>
              <Stack gap={2}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={unread > 0 ? 700 : 600} truncate style={{ minWidth: 0 }}>
                    {thread.title}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {time(thread.lastMessage?.at ?? thread.lastActivityAt)}
                  </Text>
                </Group>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
                    {thread.lastMessage
                      ? `${thread.lastMessage.authorName}: ${thread.lastMessage.preview || t('messaging.deleted')}`
                      : t('messaging.noMessagesYet')}
                  </Text>
                  {unread > 0 && <UnreadBadge count={unread} />}
                </Group>
                {showCandidateBadge && thread.includesCandidate && (
                  <Group gap={4}>
                    <Badge size="xs" variant="light" color="grape">
                      {t('messaging.withCandidate')}
                    </Badge>
                  </Group>
                )}
              </Stack>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** A count with an accessible name ("3 ongelezen"); the digits alone are hidden from screen readers. */
export function UnreadBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" circle={count < 10} color="red" style={{ flexShrink: 0 }}>
      <span aria-hidden>{count}</span>
      <VisuallyHidden>{t('messaging.unreadBadge', { count })}</VisuallyHidden>
    </Badge>
  );
}
