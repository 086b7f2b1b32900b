import type { CandidateSuggestion } from '@koers/domain';
import { Anchor, Button, Drawer, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoader } from '../../../components/page-loader';
import { PhaseLabel } from '../../../components/phase-label';
import { useBestCandidates } from '../api/suggest-matches';
import { MatchErrorAlert } from './match-error-alert';
import { ProposeDialog, type ProposePrefill } from './propose-dialog';
import { FitSummary } from './fit-summary';

/** The vacancy or programme to find candidates for. */
export type BestCandidatesTarget =
  | { kind: 'vacancy'; id: string; title: string; schoolId: string }
  | { kind: 'programme'; id: string; title: string };

interface BestCandidatesDialogProps {
  regionId: string;
  /** Open while set. */
  target: BestCandidatesTarget | null;
  onClose: () => void;
}

/** "Passende kandidaten": the region's best candidates for a vacancy or programme, to propose. */
export function BestCandidatesDialog({ regionId, target, onClose }: BestCandidatesDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [proposing, setProposing] = useState<string | null>(null);
  const prefill: ProposePrefill | null = target
    ? target.kind === 'vacancy'
      ? { schoolId: target.schoolId, vacancyId: target.id }
      : { programmeId: target.id }
    : null;
  return (
    <>
      <Drawer
        // Steps aside while the propose dialog is open, and comes back after it.
        opened={target !== null && proposing === null}
        onClose={onClose}
        position="right"
        size={phone ? '100%' : 'lg'}
        title={target ? t('matching.best.titleFor', { title: target.title }) : t('matching.best.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {target && <BestCandidateList regionId={regionId} target={target} onPropose={setProposing} />}
      </Drawer>
      {target && proposing && (
        <ProposeDialog opened onClose={() => setProposing(null)} regionId={regionId} candidateId={proposing} prefill={prefill} />
      )}
    </>
  );
}

function BestCandidateList({ regionId, target, onPropose }: { regionId: string; target: BestCandidatesTarget; onPropose: (candidateId: string) => void }) {
  const { t } = useTranslation();
  const best = useBestCandidates({ regionId, targetKind: target.kind, targetId: target.id });
  if (best.isPending) return <PageLoader />;
  if (best.isError)
    return (
      <Stack gap="xs" align="flex-start">
        <MatchErrorAlert error={best.error} />
        <Button size="xs" variant="default" onClick={() => void best.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  if (best.data.length === 0) return <EmptyState>{t('matching.best.empty')}</EmptyState>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('matching.best.count', { count: best.data.length })}
      </Text>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {best.data.map((candidate) => (
          <BestCandidateCard key={candidate.candidateId} candidate={candidate} onPropose={() => onPropose(candidate.candidateId)} />
        ))}
      </Stack>
    </Stack>
  );
}

function BestCandidateCard({ candidate, onPropose }: { candidate: CandidateSuggestion; onPropose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={`/kandidaten/${candidate.candidateId}`} inherit>
              {candidate.name}
            </Anchor>
          </Title>
          <PhaseLabel phase={candidate.phase} />
        </Group>
        <FitSummary score={candidate.score} place={candidate.place} reasons={candidate.reasons} />
        <Group>
          <Button size="xs" onClick={onPropose} aria-label={t('matching.best.proposeLabel', { name: candidate.name })}>
            {t('matching.propose.action')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
