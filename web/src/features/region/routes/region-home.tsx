import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { regionsWithRole } from '../../../lib/permissions';
import { useSession } from '../../access/components/session-context';
import { useRegion } from '../api/get-region';
import { useMemberList } from '../api/list-members';
import { useOrganisationList } from '../api/list-organisations';
import { MemberTable } from '../components/member-table';
import { MilestonesCard } from '../components/milestones-card';

/** /regio: the coordinator's start page, one section per region they coordinate. */
export function RegionHomeRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const regionIds = access ? regionsWithRole(access, ['coordinator']) : [];
  return (
    <Stack gap="lg">
      <PageTitle>{t('region.title')}</PageTitle>
      {regionIds.map((regionId) => (
        <RegionOverview key={regionId} regionId={regionId} />
      ))}
    </Stack>
  );
}

function RegionOverview({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const region = useRegion(regionId);
  const members = useMemberList(regionId);
  const organisations = useOrganisationList(regionId);
  if (region.isPending) return <PageLoader />;
  if (region.isError) return <ErrorAlert error={region.error} onRetry={() => void region.refetch()} />;
  if (!region.data) return <Alert color="gray">{t('errors.not-found')}</Alert>;
  const name = region.data.name;
  const organisationNames = new Map((organisations.data ?? []).map((organisation) => [organisation.id, organisation.name]));
  const memberNames = new Map((members.data ?? []).map((member) => [member.uid, member.displayName]));
  const ownerName = (uid: string | null) => (uid ? (memberNames.get(uid) ?? null) : null);
  return (
    <Stack gap="lg">
      <SectionCard
        id={`region-${regionId}`}
        title={name}
        actions={
          <Group gap="md">
            <Text size="sm" c="dimmed">
              {t('region.losingSight', { days: region.data.settings.losingSightDays })}
            </Text>
            <Button component={Link} to={`/regio/instellingen?regio=${encodeURIComponent(regionId)}`} variant="light" size="sm">
              {t('regionSettings.link')}
            </Button>
            <Button component={Link} to={`/regio/api-sleutels?regio=${encodeURIComponent(regionId)}`} variant="light" size="sm">
              {t('apiKeys.link')}
            </Button>
          </Group>
        }
      >
        <Stack gap="xs">
          <Text fw={600} component="h3" size="md" m={0}>
            {t('region.municipalities')} · {t('region.municipalitiesCount', { count: region.data.municipalities.length })}
          </Text>
          {region.data.municipalities.length === 0 ? (
            <Text c="dimmed">{t('region.noMunicipalities')}</Text>
          ) : (
            <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {region.data.municipalities.map((municipality) => (
                <Badge component="li" key={municipality} variant="light" color="gray" tt="none" size="lg" fw={500}>
                  {municipality}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </SectionCard>
      <MilestonesCard regionId={regionId} regionName={name} ownerName={ownerName} />
      <SectionCard
        id={`members-${regionId}`}
        title={t('region.members')}
        actions={
          <Group>
            <Button component={Link} to={`/beheer/gebruikers?regio=${encodeURIComponent(regionId)}`} variant="light" size="sm">
              {t('region.manageUsers')}
            </Button>
          </Group>
        }
      >
        {members.isPending ? (
          <PageLoader />
        ) : members.isError ? (
          <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <MemberTable caption={t('region.membersCaption', { region: name })} members={members.data} organisationNames={organisationNames} />
        )}
      </SectionCard>
    </Stack>
  );
}
