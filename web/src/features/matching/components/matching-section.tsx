import type { Candidate } from '@koers/domain';
import { Alert, Button, Divider, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { CandidateMatches } from './candidate-matches';
import { MatchPreferencesForm } from './match-preferences-form';
import { ProposeDialog, type ProposePrefill } from './propose-dialog';
import { SuggestionList } from './suggestion-list';

interface MatchingSectionProps {
  candidate: WithId<Candidate>;
  /** The staff region the dossier is worked in: matches are proposed and listed there. */
  regionId: string;
  uid: string;
  nameOf: (uid: string) => string;
}

/** The dossier's "Matching" section: wishes, suggestions, proposing, and the matches so far. */
export function MatchingSection({ candidate, regionId, uid, nameOf }: MatchingSectionProps) {
  const { t } = useTranslation();
  const [proposing, setProposing] = useState<ProposePrefill | null>(null);
  const consent = candidate.consent.shareWithOrganisations;

  return (
    <SectionCard
      id="dossier-matching"
      title={t('matching.section.title')}
      actions={
        <Group>
          <Button size="sm" onClick={() => setProposing({})}>
            {t('matching.propose.open')}
          </Button>
        </Group>
      }
    >
      {!consent && (
        <Alert color="blue" variant="light" title={t('matching.propose.noConsentTitle')}>
          {t('matching.section.noConsent')}
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('matching.preferences.title')}
        </Title>
        <MatchPreferencesForm candidateId={candidate.id} preferences={candidate.matchPreferences} uid={uid} nameOf={nameOf} />
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('matching.suggestions.title')}
        </Title>
        <SuggestionList candidateId={candidate.id} regionId={regionId} onPropose={setProposing} />
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('matching.matches.title')}
        </Title>
        <CandidateMatches regionId={regionId} candidateId={candidate.id} nameOf={nameOf} />
      </Stack>
      <ProposeDialog opened={proposing !== null} onClose={() => setProposing(null)} regionId={regionId} candidateId={candidate.id} prefill={proposing} />
    </SectionCard>
  );
}
