import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { useFormat } from '../../../lib/format';
import { regionsWithRole } from '../../../lib/permissions';
import { useSession } from '../../access/components/session-context';
import { useRegion } from '../../region/api/get-region';
import { useRegionAggregate } from '../api/get-region-aggregate';
import { ColumnCountTable } from '../components/column-count-table';

/** /dashboard: aggregate figures for every region where the person may read them. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const regionIds = access ? regionsWithRole(access, ['director', 'coordinator', 'adviser']) : [];
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('dashboard.title')}</PageTitle>
        <Text c="dimmed">{t('dashboard.intro')}</Text>
      </Stack>
      {regionIds.map((regionId) => (
        <RegionFigures key={regionId} regionId={regionId} />
      ))}
    </Stack>
  );
}

function RegionFigures({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const region = useRegion(regionId);
  const aggregate = useRegionAggregate(regionId);
  const name = region.data?.name ?? regionId;
  return (
    <SectionCard
      id={`figures-${regionId}`}
      title={name}
      actions={
        aggregate.data ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.updatedAt', { date: format.dateTime(aggregate.data.updatedAt) })}
          </Text>
        ) : undefined
      }
    >
      {aggregate.isPending ? (
        <PageLoader />
      ) : aggregate.isError ? (
        <ErrorAlert error={aggregate.error} onRetry={() => void aggregate.refetch()} />
      ) : !aggregate.data ? (
        <EmptyState>{t('dashboard.empty')}</EmptyState>
      ) : (
        <ColumnCountTable caption={t('dashboard.caption', { region: name })} counts={aggregate.data.counts} />
      )}
    </SectionCard>
  );
}
