import { sectors, subjects } from '@koers/domain';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useFormat } from '../../../lib/format';
import { regionsWithRole } from '../../../lib/permissions';
import { staffRegionFrom, staffRegionParam } from '../../../lib/staff-region';
import { useSession } from '../../access/components/session-context';
import { FeedbackCard } from '../../feedback/components/feedback-card';
import { useRegions } from '../../region/api/get-region';
import { dashboardPeriods, parseDashboardFilters, type DashboardFilters } from '../api/dashboard-filters';
import { downloadCsv } from '../../../lib/download-csv';
import { figureCsvRows } from '../components/dashboard-figures';
import { FigureSection } from '../components/figure-section';
import { useDashboardFigures } from '../components/use-dashboard-figures';
import classes from '../components/dashboard.module.css';

/** Region roles that may read a region's aggregates. */
export const dashboardRoles = ['director', 'coordinator', 'adviser'] as const;

/** The dashboard's search string: region (when not the first), period and the one slice filter. */
export function dashboardSearch(regionId: string, firstRegionId: string | undefined, filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (regionId !== firstRegionId) search.set(staffRegionParam, regionId);
  if (filters.periode !== 'nu') search.set('periode', filters.periode);
  if (filters.sector) search.set('sector', filters.sector);
  if (filters.vak) search.set('vak', filters.vak);
  if (filters.eigenaar) search.set('eigenaar', filters.eigenaar);
  return search;
}

/** /dashboard: the figures of one region the person may see aggregates of, with filters in the URL. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const [params, setParams] = useSearchParams();
  const regionIds = access ? regionsWithRole(access, dashboardRoles) : [];
  const regions = useRegions(regionIds);
  const regionId = staffRegionFrom(regionIds, params.get(staffRegionParam));
  const filters = parseDashboardFilters(params);

  const write = (next: DashboardFilters, region = regionId) => {
    if (region) setParams(dashboardSearch(region, regionIds[0], next), { replace: true });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('dashboard.title')}</PageTitle>
        <Text c="dimmed">{t('dashboard.intro')}</Text>
      </Stack>
      {!regionId ? (
        <EmptyState>{t('dashboard.noRegion')}</EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: regionIds.length > 1 ? 5 : 4 }} spacing="sm" component="form" aria-label={t('dashboard.filters')}>
            {regionIds.length > 1 && (
              <NativeSelect
                label={t('dashboard.region')}
                data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
                value={regionId}
                onChange={(event) => write({ periode: filters.periode }, event.currentTarget.value)}
              />
            )}
            <NativeSelect
              label={t('dashboard.periodLabel')}
              data={dashboardPeriods.map((value) => ({ value, label: t(`dashboard.periods.${value}`) }))}
              value={filters.periode}
              onChange={(event) => write({ ...filters, periode: event.currentTarget.value as DashboardFilters['periode'] })}
            />
            <NativeSelect
              label={t('dashboard.sector')}
              data={[{ value: '', label: t('dashboard.all') }, ...sectors.map((value) => ({ value, label: t(`vocab.sector.${value}`) }))]}
              value={filters.sector ?? ''}
              onChange={(event) => write({ periode: filters.periode, sector: (event.currentTarget.value || undefined) as DashboardFilters['sector'] })}
            />
            <NativeSelect
              label={t('dashboard.subject')}
              data={[{ value: '', label: t('dashboard.all') }, ...subjects.map((value) => ({ value, label: t(`vocab.subject.${value}`) }))]}
              value={filters.vak ?? ''}
              onChange={(event) => write({ periode: filters.periode, vak: (event.currentTarget.value || undefined) as DashboardFilters['vak'] })}
            />
            <OwnerFilter regionId={regionId} filters={filters} onChange={(eigenaar) => write({ periode: filters.periode, ...(eigenaar ? { eigenaar } : {}) })} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('dashboard.sliceHint')}
          </Text>
          <RegionDashboard key={regionId} regionId={regionId} filters={filters} reportSearch={reportSearchOf(regionId, filters)} />
          {/* Every dashboard role sees the ratings in aggregate; comments (free text, from the raw
              ratings) only the region's staff, not directors. */}
          <FeedbackCard key={`feedback-${regionId}`} regionId={regionId} showComments={access?.staffRegionIds.includes(regionId) ?? false} />
        </>
      )}
    </Stack>
  );
}

/** The report always names its region and period, so a printed or shared link stands on its own. */
function reportSearchOf(regionId: string, filters: DashboardFilters): URLSearchParams {
  const search = dashboardSearch(regionId, '', filters);
  search.set('periode', filters.periode);
  return search;
}

function OwnerFilter({ regionId, filters, onChange }: { regionId: string; filters: DashboardFilters; onChange: (uid: string | undefined) => void }) {
  const { t } = useTranslation();
  const { ownerOptions } = useDashboardFigures(regionId, { periode: 'nu' });
  return (
    <NativeSelect
      label={t('dashboard.owner')}
      data={[{ value: '', label: t('dashboard.all') }, ...ownerOptions]}
      value={filters.eigenaar ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
    />
  );
}

function RegionDashboard({ regionId, filters, reportSearch }: { regionId: string; filters: DashboardFilters; reportSearch: URLSearchParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useDashboardFigures(regionId, filters);
  const context = `${data.regionName}, ${t(`dashboard.periods.${filters.periode}`)}`;

  if (data.isPending) return <PageLoader />;
  if (data.error) return <ErrorAlert error={data.error} onRetry={data.retry} />;
  if (!data.figures) return null;
  const exportCsv = (id: string) => {
    const figure = data.dutchFigures().find((candidate) => candidate.id === id);
    if (figure) downloadCsv(figureCsvRows(figure), `koers-${regionId}-${id}-${filters.periode}.csv`);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" role="status">
          {data.current.data ? t('dashboard.updatedAt', { date: format.dateTime(data.current.data.updatedAt) }) : t('dashboard.empty')}
        </Text>
        <Button component={Link} to={`/dashboard/rapport?${reportSearch.toString()}`} variant="default">
          {t('dashboard.report.open')}
        </Button>
      </Group>
      <div className={classes.grid}>
        {data.figures.map((figure) => (
          <FigureSection
            key={figure.id}
            figure={figure}
            context={context}
            onCsv={() => exportCsv(figure.id)}
            wide={figure.id === 'vakken' || figure.id === 'fasen'}
          />
        ))}
      </div>
    </Stack>
  );
}
