import type { Task } from '@koers/domain';
import { Badge, Button, Group, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegions } from '../../region/api/get-region';
import { useMemberList } from '../../region/api/list-members';
import { regionTaskLimit, useMyDoneTasks, useMyOpenTasks, useOpenTasks, useOverdueTasks } from '../api/list-tasks';
import { todayIso } from '../api/task-converter';
import { TaskFormDialog, type TaskPrefill } from '../components/task-form-dialog';
import { TaskItem } from '../components/task-item';

type TaskView = 'mine' | 'overdue' | 'region';
const views: readonly TaskView[] = ['mine', 'overdue', 'region'];

/** /taken: my tasks, the region's overdue tasks and the region's open tasks per owner. */
export function TasksRoute() {
  const { t } = useTranslation();
  const { regionIds, regionId } = useStaffRegion();
  const [params, setParams] = useSearchParams();
  const regions = useRegions(regionIds);
  const prefillId = params.get('kandidaat');
  const [formOpen, setFormOpen] = useState(Boolean(prefillId));
  const prefill: TaskPrefill | null = prefillId ? { candidateId: prefillId, candidateName: params.get('naam') } : null;
  const viewParam = params.get('weergave');
  const view: TaskView = views.includes(viewParam as TaskView) ? (viewParam as TaskView) : 'mine';

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <PageTitle>{t('tasks.title')}</PageTitle>
          <Text c="dimmed">{t('tasks.intro')}</Text>
        </Stack>
        {regionId && <Button onClick={() => setFormOpen(true)}>{t('tasks.new')}</Button>}
      </Group>
      {regionIds.length > 1 && regionId && (
        <NativeSelect
          label={t('tasks.regionLabel')}
          maw={320}
          value={regionId}
          onChange={(event) => update({ regio: event.currentTarget.value })}
          data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
        />
      )}
      {regionId ? (
        <>
          <Tabs value={view} onChange={(value) => update({ weergave: value === 'mine' ? null : value })} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="mine">{t('tasks.views.mine')}</Tabs.Tab>
              <Tabs.Tab value="overdue">{t('tasks.views.overdue')}</Tabs.Tab>
              <Tabs.Tab value="region">{t('tasks.views.region')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="mine" pt="md">
              <MyTasks regionId={regionId} />
            </Tabs.Panel>
            <Tabs.Panel value="overdue" pt="md">
              <OverdueTasks regionId={regionId} />
            </Tabs.Panel>
            <Tabs.Panel value="region" pt="md">
              <RegionTasks regionId={regionId} />
            </Tabs.Panel>
          </Tabs>
          <TaskFormDialog
            opened={formOpen}
            regionId={regionId}
            prefill={prefill}
            onClose={() => {
              setFormOpen(false);
              if (prefillId) update({ kandidaat: null, naam: null });
            }}
          />
        </>
      ) : (
        <EmptyState>{t('tasks.noRegion')}</EmptyState>
      )}
    </Stack>
  );
}

/** A list stops at regionTaskLimit tasks (earliest due first), so a region's backlog cannot flood the page. */
function CappedNotice() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" role="note">
      {t('tasks.capped', { count: regionTaskLimit })}
    </Text>
  );
}

function useMemberNames(regionId: string): ReadonlyMap<string, string> {
  const members = useMemberList(regionId);
  return useMemo(() => new Map((members.data ?? []).map((member) => [member.uid, member.displayName || member.email])), [members.data]);
}

function TaskList({ tasks, regionId, today, names, label }: { tasks: WithId<Task>[]; regionId: string; today: string; names?: ReadonlyMap<string, string>; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {tasks.map((task) => (
        <TaskItem
          key={task.id}
          task={task}
          regionId={regionId}
          today={today}
          assigneeName={names ? (names.get(task.assigneeUid) ?? t('tasks.unknownPerson')) : undefined}
        />
      ))}
    </Stack>
  );
}

function MyTasks({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const today = todayIso();
  const open = useMyOpenTasks(regionId, user.uid);
  const done = useMyDoneTasks(regionId, user.uid);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('tasks.mine.open')}
        </Title>
        {open.isPending ? (
          <PageLoader />
        ) : open.isError ? (
          <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />
        ) : open.data.length === 0 ? (
          <EmptyState>{t('tasks.mine.empty')}</EmptyState>
        ) : (
          <TaskList tasks={open.data} regionId={regionId} today={today} label={t('tasks.mine.open')} />
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('tasks.mine.done')}
        </Title>
        {done.isPending ? (
          <PageLoader />
        ) : done.isError ? (
          <ErrorAlert error={done.error} onRetry={() => void done.refetch()} />
        ) : done.data.length === 0 ? (
          <EmptyState>{t('tasks.mine.noneDone')}</EmptyState>
        ) : (
          <TaskList tasks={done.data} regionId={regionId} today={today} label={t('tasks.mine.done')} />
        )}
      </Stack>
    </Stack>
  );
}

function OverdueTasks({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const today = todayIso();
  const overdue = useOverdueTasks(regionId, today);
  const names = useMemberNames(regionId);
  if (overdue.isPending) return <PageLoader />;
  if (overdue.isError) return <ErrorAlert error={overdue.error} onRetry={() => void overdue.refetch()} />;
  if (overdue.data.length === 0) return <EmptyState>{t('tasks.overdue.empty')}</EmptyState>;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('tasks.overdue.title', { count: overdue.data.length })}
      </Title>
      {overdue.data.length >= regionTaskLimit && <CappedNotice />}
      <TaskList tasks={overdue.data} regionId={regionId} today={today} names={names} label={t('tasks.views.overdue')} />
    </Stack>
  );
}

function RegionTasks({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const today = todayIso();
  const open = useOpenTasks(regionId);
  const names = useMemberNames(regionId);
  const groups = useMemo(() => {
    const byAssignee = new Map<string, WithId<Task>[]>();
    for (const task of open.data ?? []) byAssignee.set(task.assigneeUid, [...(byAssignee.get(task.assigneeUid) ?? []), task]);
    return [...byAssignee.entries()]
      .map(([uid, tasks]) => ({ uid, name: names.get(uid) ?? t('tasks.unknownPerson'), tasks }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [open.data, names, t]);

  if (open.isPending) return <PageLoader />;
  if (open.isError) return <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />;
  if (groups.length === 0) return <EmptyState>{t('tasks.region.empty')}</EmptyState>;
  return (
    <Stack gap="lg">
      {(open.data?.length ?? 0) >= regionTaskLimit && <CappedNotice />}
      {groups.map((group) => (
        <Stack key={group.uid} gap="xs" component="section" aria-labelledby={`tasks-of-${group.uid}`}>
          <Group gap="xs">
            <Title order={2} size="h4" id={`tasks-of-${group.uid}`}>
              {group.name}
            </Title>
            <Badge variant="light" color="gray">
              {t('tasks.region.count', { count: group.tasks.length })}
            </Badge>
            {group.tasks.some((task) => task.dueDate < today) && (
              <Text span size="xs" fw={700} c="red.9">
                {t('tasks.region.overdueCount', { count: group.tasks.filter((task) => task.dueDate < today).length })}
              </Text>
            )}
          </Group>
          <TaskList tasks={group.tasks} regionId={regionId} today={today} label={t('tasks.region.listOf', { name: group.name })} />
        </Stack>
      ))}
    </Stack>
  );
}
