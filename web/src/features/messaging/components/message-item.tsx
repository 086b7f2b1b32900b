import { ActionIcon, Box, Button, Group, Menu, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { messageEditWindowMinutes, messageTextSchema, type Message, type Thread } from '@koers/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useEditMessage } from '../api/edit-message';
import { canChangeMessage, mentionParts } from '../messaging-helpers';
import { useMessageTime } from './use-message-time';
import classes from './messaging.module.css';

interface MessageItemProps {
  threadId: string;
  message: WithId<Message>;
  uid: string;
  names: string[];
  /** Who added whom: the thread's participant records (addedBy). */
  participants: Thread['participants'];
  now: Date;
  /** Shown under the message (read receipt on my latest message). */
  receipt?: string | null;
}

/** One message: mine on the right, others' on the left, system messages centred. */
export function MessageItem({ threadId, message, uid, names, participants, now, receipt }: MessageItemProps) {
  const { t } = useTranslation();
  const time = useMessageTime();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const edit = useEditMessage(threadId);
  const mine = message.authorUid === uid;

  if (message.kind === 'participants_added') {
    const event = message.event;
    const added = event ? Object.values(participants).find((participant) => event.names.includes(participant.name)) : undefined;
    const by = added ? participants[added.addedBy]?.name : undefined;
    return (
      <li className={classes.system}>
        <Text size="xs" c="dimmed" ta="center">
          {event && by
            ? t('messaging.participantsAdded', {
                by,
                names: event.names.join(', '),
                history: event.history === 'all' ? t('messaging.participantsAddedHistoryAll') : t('messaging.participantsAddedHistoryFromNow'),
              })
            : message.text}{' '}
          · <time dateTime={message.createdAt.toISOString()}>{time(message.createdAt)}</time>
        </Text>
      </li>
    );
  }

  const changeable = canChangeMessage(message, uid, now);
  const refusedMessages = { 'permission-denied': t('messaging.editExpired', { minutes: messageEditWindowMinutes }) } as const;

  return (
    <li className={mine ? classes.mine : classes.theirs}>
      <Paper className={mine ? classes.bubbleMine : classes.bubbleTheirs} p="xs" radius="md">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="xs" fw={600} c={mine ? 'blue.9' : 'dark'}>
            {mine ? t('messaging.you') : message.authorName}
          </Text>
          {changeable && !editing && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" size="sm" color="gray" aria-label={t('messaging.messageActions', { time: time(message.createdAt) })}>
                  <span aria-hidden>⋯</span>
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setEditing(true)}>{t('messaging.edit')}</Menu.Item>
                <Menu.Item color="red" onClick={() => setConfirmDelete(true)}>
                  {t('messaging.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {message.deleted ? (
          <Text size="sm" fs="italic" c="dimmed">
            {t('messaging.deleted')}
          </Text>
        ) : editing ? (
          <EditForm
            initial={message.text}
            pending={edit.isPending}
            onCancel={() => {
              edit.reset();
              setEditing(false);
            }}
            onSave={(text) =>
              edit.mutate({ action: 'edit', threadId, messageId: message.id, text }, { onSuccess: () => setEditing(false) })
            }
          />
        ) : (
          <Text size="sm" className={classes.text}>
            {mentionParts(message.text, names).map((part, index) =>
              part.mention ? (
                <Text span key={index} fw={600} c="blue.8" inherit>
                  {part.text}
                </Text>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </Text>
        )}
        <Text size="xs" c="dimmed" ta={mine ? 'right' : 'left'}>
          <time dateTime={message.createdAt.toISOString()}>{time(message.createdAt)}</time>
          {message.editedAt && !message.deleted && <> · {t('messaging.edited')}</>}
        </Text>
        {edit.isError && !confirmDelete && <ErrorAlert error={edit.error} messages={refusedMessages} />}
      </Paper>
      {receipt && (
        <Text size="xs" c="dimmed" ta="right" className={classes.receipt}>
          {receipt}
        </Text>
      )}
      <Modal
        opened={confirmDelete}
        onClose={() => {
          edit.reset();
          setConfirmDelete(false);
        }}
        title={t('messaging.delete')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">{t('messaging.deleteConfirm')}</Text>
          {edit.isError && <ErrorAlert error={edit.error} messages={refusedMessages} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={edit.isPending}
              onClick={() => edit.mutate({ action: 'delete', threadId, messageId: message.id }, { onSuccess: () => setConfirmDelete(false) })}
            >
              {t('messaging.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </li>
  );
}

function EditForm({ initial, pending, onSave, onCancel }: { initial: string; pending: boolean; onSave: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLTextAreaElement>(null);
  // Editing starts where the text is, so keyboard users can type at once.
  useEffect(() => input.current?.focus(), []);
  const parsed = messageTextSchema.safeParse(value);
  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (parsed.success) onSave(parsed.data);
      }}
    >
      <Stack gap={6}>
        <Textarea
          label={t('messaging.editLabel')}
          autosize
          minRows={2}
          maxRows={8}
          value={value}
          ref={input}
          onChange={(event) => setValue(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
          }}
        />
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('messaging.cancelEdit')}
          </Button>
          <Button size="xs" type="submit" loading={pending} disabled={!parsed.success}>
            {t('messaging.save')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
