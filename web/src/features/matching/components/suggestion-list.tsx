import type { Match, Suggestion } from '@koers/domain';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { useSuggestions } from '../api/get-suggestions';
import { useCandidateMatches } from '../api/list-candidate-matches';
import { useSuggestForCandidate } from '../api/suggest-matches';
import type { ProposePrefill } from './propose-dialog';
import { MatchErrorAlert } from './match-error-alert';
import { isClosedMatch } from './record-outcome-form';
import { FitSummary } from './fit-summary';

/** The prefill of the propose dialog for a suggestion. */
export function prefillOf(suggestion: Suggestion): ProposePrefill {
  switch (suggestion.targetKind) {
    case 'vacancy':
      return { schoolId: suggestion.organisationId, vacancyId: suggestion.targetId };
    case 'school':
      return { schoolId: suggestion.targetId };
    default:
      return { programmeId: suggestion.targetId };
  }
}

/** Whether an open match already covers this suggestion (then it is not proposed again). */
function isProposed(suggestion: Suggestion, matches: readonly Match[]): boolean {
  return matches.some((match) => {
    if (isClosedMatch(match.status)) return false;
    switch (suggestion.targetKind) {
      case 'vacancy':
        return match.vacancyId === suggestion.targetId;
      case 'school':
        return match.targetKind === 'school' && match.organisationId === suggestion.targetId && match.vacancyId === null;
      default:
        return match.programmeId === suggestion.targetId;
    }
  });
}

/** Suggestions shown before "show all". */
const firstShown = 5;

interface SuggestionListProps {
  candidateId: string;
  /** Only suggestions in the region the dossier is worked on can be proposed from here. */
  regionId: string;
  onPropose: (prefill: ProposePrefill) => void;
}

/** The candidate's stored suggestions, live; computed on request when there are none yet. */
export function SuggestionList({ candidateId, regionId, onPropose }: SuggestionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const suggestions = useSuggestions(candidateId);
  const compute = useSuggestForCandidate(candidateId);
  const matches = useCandidateMatches(regionId, candidateId);
  const [showAll, setShowAll] = useState(false);

  if (suggestions.isPending) return <PageLoader />;
  if (suggestions.isError) return <ErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />;

  // The stored set, else what the last computation answered (the function stores it too,
  // and the listener then takes over).
  const computed = compute.data?.direction === 'targets' ? compute.data.suggestions : null;
  const items = suggestions.data?.items ?? computed;
  const computeButton = (
    <Button size="xs" variant={items ? 'default' : 'filled'} onClick={() => compute.mutate()} loading={compute.isPending}>
      {items ? t('matching.suggestions.recompute') : t('matching.suggestions.compute')}
    </Button>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" role="status">
          {suggestions.data
            ? t('matching.suggestions.computedAt', { date: format.dateTime(suggestions.data.computedAt) })
            : items
              ? t('matching.suggestions.justComputed')
              : t('matching.suggestions.none')}
        </Text>
        {computeButton}
      </Group>
      {compute.isError && <MatchErrorAlert error={compute.error} />}
      {items && items.length === 0 && <EmptyState>{t('matching.suggestions.empty')}</EmptyState>}
      {items && items.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(showAll ? items : items.slice(0, firstShown)).map((suggestion) => (
            <SuggestionCard
              key={`${suggestion.targetKind}-${suggestion.targetId}`}
              suggestion={suggestion}
              canPropose={suggestion.regionId === regionId}
              proposed={isProposed(suggestion, matches.data ?? [])}
              onPropose={() => onPropose(prefillOf(suggestion))}
            />
          ))}
        </Stack>
      )}
      {items && items.length > firstShown && (
        <Group>
          <Button size="xs" variant="subtle" onClick={() => setShowAll((shown) => !shown)} aria-expanded={showAll}>
            {showAll ? t('matching.suggestions.showFewer') : t('matching.suggestions.showAll', { count: items.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface SuggestionCardProps {
  suggestion: Suggestion;
  canPropose: boolean;
  /** An open match already covers it. */
  proposed: boolean;
  onPropose: () => void;
}

function SuggestionCard({ suggestion, canPropose, proposed, onPropose }: SuggestionCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2}>
            <Title order={4} size="h5" id={headingId}>
              {suggestion.title}
            </Title>
            <Text size="sm" c="dimmed">
              {[suggestion.targetKind === 'school' ? null : suggestion.organisationName, suggestion.place].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
            {t(`matching.kind.${suggestion.targetKind}`)}
          </Badge>
        </Group>
        <FitSummary score={suggestion.score} reasons={suggestion.reasons} />
        {proposed ? (
          <Text size="sm" fw={500} c="blue.8">
            {t('matching.suggestions.proposed')}
          </Text>
        ) : (
          canPropose && (
            <Group>
              <Button size="xs" onClick={onPropose} aria-label={t('matching.suggestions.proposeLabel', { title: suggestion.title })}>
                {t('matching.propose.action')}
              </Button>
            </Group>
          )
        )}
      </Stack>
    </Paper>
  );
}
