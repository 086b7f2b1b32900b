import type { Task } from '@koers/domain';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { useSetTaskDone } from '../api/set-task-done';

interface TaskItemProps {
  task: WithId<Task>;
  regionId: string;
  today: string;
  /** Shown when the list mixes assignees. */
  assigneeName?: string;
}

function formatDueDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** One task: what, for whom, when; marked done or reopened in place. */
export function TaskItem({ task, regionId, today, assigneeName }: TaskItemProps) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const setDone = useSetTaskDone();
  const overdue = !task.done && task.dueDate < today;

  return (
    <Paper component="li" withBorder p="sm" radius="sm" aria-label={task.title}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 12 * 16 }}>
          <Text fw={600} size="sm">
            {task.title}
          </Text>
          <Group gap={6}>
            <Text size="xs">
              {t('tasks.item.due')} <time dateTime={task.dueDate}>{formatDueDate(task.dueDate, i18n.language)}</time>
            </Text>
            {overdue && (
              <Text span size="xs" fw={700} c="red.9">
                {t('tasks.item.overdue')}
              </Text>
            )}
          </Group>
          {assigneeName && (
            <Text size="xs" c="dimmed">
              {t('tasks.item.assignee', { name: assigneeName })}
            </Text>
          )}
          {task.candidateId && (
            <Anchor component={Link} to={`/kandidaten/${task.candidateId}`} size="xs">
              {t('tasks.item.candidate')}
            </Anchor>
          )}
          {setDone.isError && <ErrorAlert error={setDone.error} />}
        </Stack>
        <Button
          size="xs"
          variant={task.done ? 'default' : 'light'}
          loading={setDone.isPending}
          aria-label={task.done ? t('tasks.item.reopenNamed', { title: task.title }) : t('tasks.item.doneNamed', { title: task.title })}
          onClick={() => setDone.mutate({ regionId, taskId: task.id, uid: user.uid, done: !task.done })}
        >
          {task.done ? t('tasks.item.reopen') : t('tasks.item.done')}
        </Button>
      </Group>
    </Paper>
  );
}
