import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { meets } from '../../../lib/permissions';
import { useSession } from '../../access/components/session-context';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useMyThreads } from '../api/list-my-threads';
import { StartThreadDialog } from '../components/start-thread-dialog';
import { ThreadList } from '../components/thread-list';
import { ThreadView } from '../components/thread-view';

/** /berichten and /berichten/:threadId: my conversations beside the open one (one at a time on phones). */
export function MessagesRoute() {
  const { t } = useTranslation();
  const { threadId } = useParams();
  const { user, access } = useSession();
  const { regionId } = useStaffRegion();
  const threads = useMyThreads(user.uid, 'staff');
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [startOpened, start] = useDisclosure(false);
  const canStart = meets(access, { permission: 'messages.start' }) && regionId !== null;

  const list = (
    <Paper withBorder radius="md" p={4} component="nav" aria-label={t('messaging.threadList')}>
      {threads.isPending && <PageLoader />}
      {threads.isError && <ErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />}
      {threads.isSuccess && threads.data.length === 0 && (
        <Text c="dimmed" size="sm" p="sm">
          {t('messaging.noThreads')}
        </Text>
      )}
      {threads.isSuccess && threads.data.length > 0 && (
        <ThreadList threads={threads.data} uid={user.uid} basePath="/berichten" activeId={threadId} showCandidateBadge />
      )}
    </Paper>
  );
  const thread = threadId ? (
    <ThreadView key={threadId} threadId={threadId} uid={user.uid} variant="staff" canAddParticipants={canStart} backTo={wide ? undefined : '/berichten'} />
  ) : (
    <EmptyState>{t('messaging.pickThread')}</EmptyState>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <PageTitle>{t('messaging.title')}</PageTitle>
        {canStart && <Button onClick={start.open}>{t('messaging.newThread')}</Button>}
      </Group>
      {wide ? (
        <Grid gutter="md">
          <Grid.Col span={4}>{list}</Grid.Col>
          <Grid.Col span={8}>{thread}</Grid.Col>
        </Grid>
      ) : threadId ? (
        thread
      ) : (
        list
      )}
      {canStart && regionId && <StartThreadDialog opened={startOpened} onClose={start.close} regionId={regionId} uid={user.uid} />}
    </Stack>
  );
}
