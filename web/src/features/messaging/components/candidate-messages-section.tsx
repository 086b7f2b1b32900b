import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { SectionCard } from '../../../components/section-card';
import { useCandidateThreads } from '../api/list-candidate-threads';
import { StartThreadDialog } from './start-thread-dialog';
import { ThreadList } from './thread-list';

interface CandidateMessagesSectionProps {
  candidate: { id: string; name: string };
  uid: string;
  /** The region a new thread belongs to; null when I cannot start one here. */
  startRegionId: string | null;
}

/** The dossier's "Berichten": my conversations about this candidate, and a new one with the candidate filled in. */
export function CandidateMessagesSection({ candidate, uid, startRegionId }: CandidateMessagesSectionProps) {
  const { t } = useTranslation();
  const threads = useCandidateThreads(uid, candidate.id);
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <SectionCard
      id="dossier-messages"
      title={t('messaging.dossier.title')}
      actions={
        startRegionId ? (
          <Button size="xs" variant="default" onClick={open} style={{ alignSelf: 'flex-start' }}>
            {t('messaging.newThread')}
          </Button>
        ) : undefined
      }
    >
      {threads.isError && <ErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />}
      {threads.isSuccess && threads.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('messaging.dossier.none')}
        </Text>
      )}
      {threads.isSuccess && threads.data.length > 0 && <ThreadList threads={threads.data} uid={uid} basePath="/berichten" showCandidateBadge />}
      {startRegionId && <StartThreadDialog opened={opened} onClose={close} regionId={startRegionId} uid={uid} candidate={candidate} />}
    </SectionCard>
  );
}
