import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useMyOpenTasks } from '../api/list-tasks';
import { todayIso } from '../api/task-converter';

/** The adviser's open tasks in a region at a glance, with the way to the task list. */
export function MyTasksCard({ regionId, uid }: { regionId: string; uid: string }) {
  const { t } = useTranslation();
  const tasks = useMyOpenTasks(regionId, uid);
  const today = todayIso();
  const overdue = tasks.data?.filter((task) => task.dueDate < today).length ?? 0;
  return (
    <Paper withBorder p="md" radius="md" maw={360} aria-live="polite">
      {tasks.isError ? (
        <ErrorAlert error={tasks.error} />
      ) : (
        <Stack gap={2}>
          <Title order={3} size="h4">
            {tasks.data === undefined ? t('common.loading') : t('tasks.card.open', { count: tasks.data.length })}
          </Title>
          {overdue > 0 && (
            <Text size="sm" fw={700} c="red.9">
              {t('tasks.region.overdueCount', { count: overdue })}
            </Text>
          )}
          <Anchor component={Link} to={`/taken?regio=${encodeURIComponent(regionId)}`} size="sm">
            {t('tasks.card.link')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
