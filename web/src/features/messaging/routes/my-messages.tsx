import { Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../access/components/session-context';
import { useMyThreads } from '../api/list-my-threads';
import { ThreadList } from '../components/thread-list';
import { ThreadView } from '../components/thread-view';

/** /mijn/berichten and /mijn/berichten/:threadId: the candidate's conversations, one screen at a time (phone first). */
export function MyMessagesRoute() {
  const { t } = useTranslation();
  const { threadId } = useParams();
  const { user } = useSession();
  const threads = useMyThreads(user.uid, 'candidate');

  if (threadId) {
    return (
      <Stack gap="sm">
        <VisuallyHidden>
          <PageTitle>{t('messaging.title')}</PageTitle>
        </VisuallyHidden>
        <ThreadView key={threadId} threadId={threadId} uid={user.uid} variant="candidate" canAddParticipants={false} backTo="/mijn/berichten" />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageTitle>{t('messaging.title')}</PageTitle>
      {threads.isPending && <PageLoader />}
      {threads.isError && <ErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />}
      {threads.isSuccess && threads.data.length === 0 && <Text c="dimmed">{t('messaging.noThreadsCandidate')}</Text>}
      {threads.isSuccess && threads.data.length > 0 && (
        <Paper withBorder radius="md" p={4} component="nav" aria-label={t('messaging.threadList')}>
          <ThreadList threads={threads.data} uid={user.uid} basePath="/mijn/berichten" showCandidateBadge={false} />
        </Paper>
      )}
    </Stack>
  );
}
