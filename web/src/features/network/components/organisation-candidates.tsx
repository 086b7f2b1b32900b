import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PhaseLabel } from '../../../components/phase-label';
import { useOrganisationCandidates } from '../api/list-organisation-candidates';
import { organisationCandidatesLimit } from '../api/organisation-candidates-spec';

/** Candidates of the region introduced to the organisation, each linking to the dossier (staff only). */
export function OrganisationCandidates({ regionId, organisationId }: { regionId: string; organisationId: string }) {
  const { t } = useTranslation();
  const candidates = useOrganisationCandidates(regionId, organisationId);
  if (candidates.isPending) return <PageLoader />;
  if (candidates.isError) return <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />;
  if (candidates.data.length === 0) return <Text c="dimmed">{t('network.candidates.none')}</Text>;
  return (
    <>
      <List spacing="xs" listStyleType="none" ml={0} pl={0}>
        {candidates.data.map((candidate) => (
          <List.Item key={candidate.id}>
            <Anchor component={Link} to={`/kandidaten/${candidate.id}`} fw={500} size="sm">
              {candidate.name}
            </Anchor>
            <PhaseLabel phase={candidate.phase} />
          </List.Item>
        ))}
      </List>
      {candidates.data.length >= organisationCandidatesLimit && (
        <Text size="sm" c="dimmed">
          {t('network.candidates.limited', { count: organisationCandidatesLimit })}
        </Text>
      )}
    </>
  );
}
