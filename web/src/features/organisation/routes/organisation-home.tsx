import { organisationRoles } from '@koers/domain';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useSession } from '../../access/components/session-context';
import { useOrganisation } from '../api/get-organisation';
import { useIntroductionList } from '../api/list-introductions';
import { IntroductionTable } from '../components/introduction-table';

/** /organisatie: HR and training staff see their organisation and who was introduced to it. */
export function OrganisationHomeRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const memberships = Object.entries(access?.organisations ?? {})
    .filter(([, membership]) => (organisationRoles as readonly string[]).includes(membership.role))
    .sort(([a], [b]) => a.localeCompare(b));
  return (
    <Stack gap="lg">
      <PageTitle>{t('organisation.title')}</PageTitle>
      {memberships.map(([organisationId, membership]) => (
        <OrganisationOverview
          key={organisationId}
          regionId={membership.regionId}
          organisationId={organisationId}
          role={membership.role}
        />
      ))}
    </Stack>
  );
}

function OrganisationOverview({ regionId, organisationId, role }: { regionId: string; organisationId: string; role: 'hr' | 'training' }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(regionId, organisationId);
  const introductions = useIntroductionList(regionId, organisationId);
  if (organisation.isPending) return <PageLoader />;
  if (organisation.isError) return <ErrorAlert error={organisation.error} onRetry={() => void organisation.refetch()} />;
  const name = organisation.data?.name ?? organisationId;
  return (
    <Stack gap="lg">
      <SectionCard
        id={`organisation-${organisationId}`}
        title={name}
        actions={
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {[
                organisation.data ? t(`vocab.organisationType.${organisation.data.type}`) : null,
                organisation.data?.place,
                t('organisation.yourRole', { role: t(`vocab.role.${role}`) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {organisation.data && organisation.data.sectors.length > 0 && (
              <Group gap={6}>
                {organisation.data.sectors.map((sector) => (
                  <Badge key={sector} variant="light" color="gray" tt="none" fw={500}>
                    {t(`vocab.sector.${sector}`)}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        }
      />
      <SectionCard id={`introductions-${organisationId}`} title={t('organisation.introductions')}>
        {introductions.isPending ? (
          <PageLoader />
        ) : introductions.isError ? (
          <ErrorAlert error={introductions.error} onRetry={() => void introductions.refetch()} />
        ) : (
          <IntroductionTable caption={t('organisation.introductionsCaption', { organisation: name })} introductions={introductions.data} />
        )}
      </SectionCard>
    </Stack>
  );
}
