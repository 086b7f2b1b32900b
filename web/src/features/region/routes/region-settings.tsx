import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { regionsWithRole } from '../../../lib/permissions';
import { useSession } from '../../access/components/session-context';
import { useRegion } from '../api/get-region';
import { useMemberList } from '../api/list-members';
import { RegionSettingsForm } from '../components/region-settings-form';

/** /regio/instellingen?regio=…: a coordinator's settings of one of their regions. */
export function RegionSettingsRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const [params] = useSearchParams();
  const coordinated = access ? regionsWithRole(access, ['coordinator']) : [];
  const asked = params.get('regio');
  const regionId = asked && coordinated.includes(asked) ? asked : (coordinated[0] ?? null);
  const region = useRegion(regionId);
  const members = useMemberList(regionId);
  if (!regionId) return <Alert color="gray">{t('errors.permission-denied')}</Alert>;
  if (region.isPending) return <PageLoader />;
  if (region.isError) return <ErrorAlert error={region.error} onRetry={() => void region.refetch()} />;
  if (!region.data) return <Alert color="gray">{t('errors.not-found')}</Alert>;
  const names = new Map((members.data ?? []).map((member) => [member.uid, member.displayName]));
  const staff = (members.data ?? []).filter((member) => member.role === 'adviser' || member.role === 'coordinator');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/regio" size="sm">
          {t('regionSettings.back')}
        </Anchor>
        <PageTitle>{t('regionSettings.title', { region: region.data.name })}</PageTitle>
        <Text c="dimmed">{t('regionSettings.intro')}</Text>
      </Stack>
      <SectionCard id="region-settings" title={t('regionSettings.sectionTitle')}>
        <RegionSettingsForm key={region.data.id} region={region.data} nameOf={(uid) => (uid ? (names.get(uid) ?? null) : null)} staff={staff} />
      </SectionCard>
    </Stack>
  );
}
