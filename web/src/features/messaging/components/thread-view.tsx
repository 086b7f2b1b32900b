import { Badge, Box, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Thread } from '@koers/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useThread } from '../api/get-thread';
import { useMessages } from '../api/list-messages';
import { useTyping } from '../api/list-typing';
import { useMarkThreadRead } from '../api/mark-thread-read';
import { messagePageSize } from '../api/thread-specs';
import { freshTypers, lastOwnMessage, readBy } from '../messaging-helpers';
import { AddParticipantsDialog } from './add-participants-dialog';
import { Composer } from './composer';
import { MessageItem } from './message-item';
import classes from './messaging.module.css';

interface ThreadViewProps {
  threadId: string;
  uid: string;
  /** Staff see mentions, the dossier link and (with 'messages.start') add participants. */
  variant: 'staff' | 'candidate';
  canAddParticipants: boolean;
  /** A link back to the list (phones show list and thread one at a time). */
  backTo?: string;
}

/** One conversation: who takes part, the messages (live), who is typing, and the composer. */
export function ThreadView({ threadId, uid, variant, canAddParticipants, backTo }: ThreadViewProps) {
  const { t } = useTranslation();
  const thread = useThread(threadId);

  if (thread.isPending) return <PageLoader />;
  if (thread.isError) return <ErrorAlert error={thread.error} messages={{ 'permission-denied': t('messaging.threadNotFound') }} onRetry={() => void thread.refetch()} />;
  if (!thread.data || !thread.data.participants[uid]) {
    return (
      <Stack>
        {backTo && <BackLink to={backTo} />}
        <Text>{t('messaging.threadNotFound')}</Text>
      </Stack>
    );
  }
  return <LoadedThread thread={thread.data} uid={uid} variant={variant} canAddParticipants={canAddParticipants} backTo={backTo} />;
}

function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={to} variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }}>
      ← {t('messaging.back')}
    </Button>
  );
}

function LoadedThread({ thread, uid, variant, canAddParticipants, backTo }: Omit<ThreadViewProps, 'threadId'> & { thread: WithId<Thread> }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState(1);
  const size = pages * messagePageSize;
  const visibleFrom = thread.visibleFrom[uid] ?? null;
  const messages = useMessages(thread.id, uid, visibleFrom, size);
  const typing = useTyping(thread.id);
  const [now, setNow] = useState(() => new Date());
  // A clock for "is typing" freshness and the edit window.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 2000);
    return () => window.clearInterval(timer);
  }, []);
  const [addOpened, add] = useDisclosure(false);

  // Open with something unread for me: mark it read (only my unread entry and readAt).
  useMarkThreadRead(thread, uid);

  const newestFirst = messages.data ?? [];
  const ascending = [...newestFirst].reverse();
  const hasOlder = newestFirst.length >= size;
  const names = Object.values(thread.participants).map((participant) => participant.name);
  const mineLast = lastOwnMessage(ascending, uid);
  const readers = mineLast ? readBy(thread, mineLast) : [];
  const receipt = mineLast ? (readers.length > 0 ? t('messaging.readBy', { names: readers.join(', ') }) : mineLast.deliveredAt ? `✓ ${t('messaging.delivered')}` : null) : null;
  const typers = freshTypers(typing.data ?? [], uid, now);

  // Keep the newest message in view when one arrives (not when older ones load above).
  const scroller = useRef<HTMLDivElement>(null);
  const newestId = newestFirst[0]?.id;
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [newestId, receipt, typers.length]);

  const me = thread.participants[uid];
  // Only the region's staff in the thread may add people (the function checks it again).
  const mayAdd = canAddParticipants && (me?.role === 'coordinator' || me?.role === 'adviser');

  return (
    <Paper withBorder radius="md" className={classes.threadPane} component="section" aria-labelledby="thread-title">
      <Stack gap={6} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {backTo && <BackLink to={backTo} />}
        <Group justify="space-between" align="flex-start" gap="xs">
          {/* At phone width the title takes the row and the button wraps below it. */}
          <Stack gap={2} style={{ minWidth: 'min(100%, 14rem)', flex: 1 }}>
            <Title order={2} size="h4" id="thread-title" style={{ overflowWrap: 'anywhere' }}>
              {thread.title}
            </Title>
            <Group gap={6}>
              {thread.includesCandidate && (
                <Badge size="sm" variant="light" color="grape">
                  {t('messaging.withCandidate')}
                </Badge>
              )}
              {variant === 'staff' && thread.candidateId && (
                <Button component={Link} to={`/kandidaten/${thread.candidateId}`} variant="subtle" size="compact-xs">
                  {t('messaging.openDossier')}
                </Button>
              )}
            </Group>
          </Stack>
          {mayAdd && (
            <Button size="xs" variant="default" onClick={add.open}>
              {t('messaging.add.open')}
            </Button>
          )}
        </Group>
        <Participants thread={thread} uid={uid} />
      </Stack>

      <div ref={scroller} className={classes.scroller}>
        {messages.isError && <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />}
        {hasOlder && (
          <Group justify="center" mb="xs">
            <Button variant="subtle" size="xs" onClick={() => setPages((count) => count + 1)} loading={messages.isFetching}>
              {t('messaging.olderMessages')}
            </Button>
          </Group>
        )}
        {messages.isSuccess && ascending.length === 0 && (
          <Text c="dimmed" ta="center" size="sm" mt="md">
            {t('messaging.noMessagesYet')}
          </Text>
        )}
        {/* The log wraps the list: role="log" on the <ol> itself would take away its list semantics. */}
        <div role="log" aria-label={t('messaging.messages')}>
          <ol className={classes.messages}>
            {ascending.map((message) => (
              <MessageItem
                key={message.id}
                threadId={thread.id}
                message={message}
                uid={uid}
                names={names}
                participants={thread.participants}
                now={now}
                receipt={message.id === mineLast?.id ? receipt : null}
              />
            ))}
          </ol>
        </div>
      </div>

      <Box px="sm" pb="sm" pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Text size="xs" c="dimmed" aria-live="polite" mih={18}>
          {typers.length > 0 ? t('messaging.typing', { count: typers.length, names: typers.join(', ') }) : ''}
        </Text>
        {me && (
          <Composer
            key={thread.id}
            threadId={thread.id}
            uid={uid}
            authorName={me.name}
            participants={thread.participants}
            mentions={variant === 'staff'}
          />
        )}
      </Box>
      {mayAdd && <AddParticipantsDialog opened={addOpened} onClose={add.close} thread={thread} />}
    </Paper>
  );
}

/** Who takes part; for those added later, whether they see the whole history or from when. */
function Participants({ thread, uid }: { thread: WithId<Thread>; uid: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [opened, { toggle }] = useDisclosure(false);
  const entries = Object.entries(thread.participants).sort(([, a], [, b]) => a.addedAt.getTime() - b.addedAt.getTime() || a.name.localeCompare(b.name));
  const summary = entries.map(([participantUid, participant]) => (participantUid === uid ? t('messaging.you') : participant.name)).join(', ');
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Button
          variant="subtle"
          size="compact-xs"
          style={{ flexShrink: 0 }}
          onClick={toggle}
          aria-expanded={opened}
          aria-controls={`participants-${thread.id}`}
        >
          {t('messaging.participantsCount', { count: entries.length })}
        </Button>
        <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
          {summary}
        </Text>
      </Group>
      {opened && (
        <List id={`participants-${thread.id}`} size="sm" spacing={2} aria-label={t('messaging.participants')}>
          {entries.map(([participantUid, participant]) => {
            const addedLater = participant.addedAt.getTime() > thread.createdAt.getTime();
            const from = thread.visibleFrom[participantUid];
            return (
              <List.Item key={participantUid}>
                <Text span size="sm" fw={600}>
                  {participant.name}
                  {participantUid === uid ? ` (${t('messaging.you')})` : ''}
                </Text>
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {t(`vocab.role.${participant.role}`)}
                  {participant.organisationName ? `, ${participant.organisationName}` : ''}
                  {addedLater &&
                    ` · ${participant.history === 'all' || !from ? t('messaging.historyAll') : t('messaging.historyFromNow', { date: format.dateTime(from) })}`}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
