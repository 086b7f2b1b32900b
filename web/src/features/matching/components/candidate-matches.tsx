import type { Match } from '@koers/domain';
import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useCandidateMatches } from '../api/list-candidate-matches';
import { MatchStatusBadge } from './match-status-badge';
import { MatchSteps } from './match-steps';
import { RecordOutcomeForm, isClosedMatch } from './record-outcome-form';

interface CandidateMatchesProps {
  regionId: string;
  candidateId: string;
  nameOf: (uid: string) => string;
}

/** The candidate's matches in this region, newest first, live, with their steps and outcomes. */
export function CandidateMatches({ regionId, candidateId, nameOf }: CandidateMatchesProps) {
  const { t } = useTranslation();
  const matches = useCandidateMatches(regionId, candidateId);
  if (matches.isPending) return <PageLoader />;
  if (matches.isError) return <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />;
  if (matches.data.length === 0) return <EmptyState>{t('matching.matches.empty')}</EmptyState>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('matching.matches.title')}>
      {matches.data.map((match) => (
        <MatchCard key={match.id} regionId={regionId} match={match} nameOf={nameOf} />
      ))}
    </Stack>
  );
}

/** "Vacature X bij School Y", "Opleiding Z (Instituut)", or the school for an open application. */
export function useMatchTarget() {
  const { t } = useTranslation();
  return (match: Match): string =>
    match.vacancyTitle
      ? t('matching.target.vacancy', { title: match.vacancyTitle })
      : match.programmeName
        ? t('matching.target.programme', { name: match.programmeName })
        : t('matching.target.openApplication');
}

function MatchCard({ regionId, match, nameOf }: { regionId: string; match: WithId<Match>; nameOf: (uid: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const target = useMatchTarget();
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const closed = isClosedMatch(match.status);
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-labelledby={headingId} data-testid="match-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Title order={4} size="h5" id={headingId}>
              {match.organisationName}
            </Title>
            <Text size="sm" c="dimmed">
              {target(match)}
            </Text>
          </Stack>
          <Box maw="50%" style={{ flexShrink: 0 }}>
            <MatchStatusBadge status={match.status} />
          </Box>
        </Group>
        <Text size="xs" c="dimmed">
          {t('matching.matches.proposedBy', { name: match.proposedByName || nameOf(match.proposedBy), date: format.date(match.createdAt) })}
        </Text>
        {match.plannedAt && (
          <Text size="sm">
            <strong>{t('matching.matches.planned')}:</strong> {format.dateTime(match.plannedAt)}
          </Text>
        )}
        {match.response && (
          <Text size="sm">
            <strong>{t('matching.matches.response')}:</strong> {match.response}
          </Text>
        )}
        {match.note && (
          <Text size="sm" c="dimmed">
            <strong>{t('matching.matches.note')}:</strong> {match.note}
          </Text>
        )}
        <MatchSteps steps={match.steps} nameOf={nameOf} />
        {!closed && !recording && (
          <Group>
            <Button size="xs" variant="default" onClick={() => setRecording(true)} aria-label={t('matching.outcome.actionLabel', { target: match.organisationName })}>
              {t('matching.outcome.action')}
            </Button>
          </Group>
        )}
        {!closed && recording && <RecordOutcomeForm regionId={regionId} match={match} onDone={() => setRecording(false)} />}
      </Stack>
    </Paper>
  );
}
