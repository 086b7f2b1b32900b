import { periodStart, statePeriod } from '@koers/domain';
import { NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { errorCode } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { intlLocale } from '../../../lib/i18n';
import { crossRegionPeriodParam, crossRegionPeriods, parseCrossRegionPeriod } from '../api/cross-region-periods';
import { useCrossRegionAggregate } from '../api/get-cross-region-aggregate';
import { CrossRegionTable } from '../components/cross-region-table';
import { crossRegionTables, type CrossRegionTableId } from '../components/cross-region-tables';
import { FunnelChart } from '../components/funnel-chart';

/** /dashboard/regio-vergelijking: the participating regions' figures side by side, for now or a month. */
export function CrossRegionRoute() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const now = useMemo(() => new Date(), []);
  const period = parseCrossRegionPeriod(params.get(crossRegionPeriodParam), now);
  const figures = useCrossRegionAggregate(period);

  const monthFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const periodLabel = (id: string) => (id === statePeriod ? t('crossRegion.now') : monthFormat.format(new Date(`${periodStart(id)}T12:00:00Z`)));
  const choose = (next: string) => setParams(next === statePeriod ? {} : { [crossRegionPeriodParam]: next }, { replace: true });

  const data = figures.data;
  const tables = data ? crossRegionTables(data) : [];
  const regionNames = data ? data.regionIds.map((id) => data.regionNames[id] ?? id) : [];
  const kindKey = data?.kind === 'state' ? 'now' : 'month';
  const section = (id: CrossRegionTableId) => ({ title: t(`crossRegion.tables.${id}.title`), description: t(`crossRegion.tables.${id}.${kindKey}`) });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('crossRegion.title')}</PageTitle>
        <Text c="dimmed">{t('crossRegion.intro')}</Text>
      </Stack>
      <NativeSelect
        label={t('crossRegion.period')}
        value={period}
        onChange={(event) => choose(event.currentTarget.value)}
        data={crossRegionPeriods(now).map((id) => ({ value: id, label: periodLabel(id) }))}
        maw={{ base: '100%', xs: 280 }}
      />
      {figures.isPending ? (
        <PageLoader />
      ) : figures.isError ? (
        // The rules refuse a period without a document and one the person's regions are not in alike.
        errorCode(figures.error) === 'permission-denied' ? (
          <EmptyState>{t('crossRegion.unavailable')}</EmptyState>
        ) : (
          <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
        )
      ) : !data ? (
        <EmptyState>{t('crossRegion.unavailable')}</EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('crossRegion.updatedAt', { date: format.dateTime(data.updatedAt) })} {t('crossRegion.suppressedHint')}
          </Text>
          {tables.map((table) => {
            const { title, description } = section(table.id);
            const fileName = `regiovergelijking-${table.id}-${period}.csv`;
            return (
              <SectionCard key={table.id} id={`cross-region-${table.id}`} title={title} actions={<Text size="sm" c="dimmed">{description}</Text>}>
                {table.id === 'funnel' ? (
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                    <FunnelChart table={table} regionIds={data.regionIds} regionNames={data.regionNames} />
                    <CrossRegionTable table={table} title={title} regionNames={regionNames} fileName={fileName} />
                  </SimpleGrid>
                ) : (
                  <CrossRegionTable table={table} title={title} regionNames={regionNames} fileName={fileName} />
                )}
              </SectionCard>
            );
          })}
        </>
      )}
    </Stack>
  );
}
