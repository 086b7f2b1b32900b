import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useFormat } from '../../../lib/format';
import { regionsWithRole } from '../../../lib/permissions';
import { staffRegionFrom, staffRegionParam } from '../../../lib/staff-region';
import { useSession } from '../../access/components/session-context';
import { parseDashboardFilters, type DashboardFilters } from '../api/dashboard-filters';
import { FigureTable } from '../components/figure-table';
import { useDashboardFigures } from '../components/use-dashboard-figures';
import { dashboardRoles, dashboardSearch } from './dashboard';
import classes from '../components/report.module.css';

/** /dashboard/rapport: the dashboard's figures as tables, laid out for printing or saving as PDF. */
export function DashboardReportRoute() {
  const { t } = useTranslation();
  const { access } = useSession();
  const [params] = useSearchParams();
  const regionIds = access ? regionsWithRole(access, dashboardRoles) : [];
  const regionId = staffRegionFrom(regionIds, params.get(staffRegionParam));
  const filters = parseDashboardFilters(params);
  if (!regionId) return <EmptyState>{t('dashboard.noRegion')}</EmptyState>;
  return <Report regionId={regionId} filters={filters} firstRegionId={regionIds[0]} />;
}

function Report({ regionId, filters, firstRegionId }: { regionId: string; filters: DashboardFilters; firstRegionId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useDashboardFigures(regionId, filters);
  const [generatedAt] = useState(() => new Date());
  const filterText = filters.sector
    ? t(`vocab.sector.${filters.sector}`)
    : filters.vak
      ? t(`vocab.subject.${filters.vak}`)
      : filters.eigenaar
        ? (data.ownerOptions.find((option) => option.value === filters.eigenaar)?.label ?? '')
        : t('dashboard.all');
  const context = `${data.regionName}, ${t(`dashboard.periods.${filters.periode}`)}`;

  return (
    <Stack gap="lg" className={classes.report}>
      <Group justify="space-between" align="flex-start" className={classes.noPrint}>
        <Button component={Link} to={`/dashboard?${dashboardSearch(regionId, firstRegionId, filters).toString()}`} variant="subtle">
          {t('dashboard.report.back')}
        </Button>
        <Button onClick={() => window.print()}>{t('dashboard.report.print')}</Button>
      </Group>
      <Stack gap={4}>
        <Title order={1}>{t('dashboard.report.title', { region: data.regionName })}</Title>
        <Text>
          {t('dashboard.report.period', { period: t(`dashboard.periods.${filters.periode}`) })} · {t('dashboard.report.filter', { filter: filterText })}
        </Text>
        <Text size="sm">{t('dashboard.report.generated', { date: format.dateTime(generatedAt) })}</Text>
        {data.current.data && <Text size="sm">{t('dashboard.updatedAt', { date: format.dateTime(data.current.data.updatedAt) })}</Text>}
      </Stack>
      {data.isPending ? (
        <PageLoader />
      ) : data.error ? (
        <ErrorAlert error={data.error} onRetry={data.retry} />
      ) : (
        data.figures?.map((figure) => (
          <section key={figure.id} aria-labelledby={`report-${figure.id}`} className={classes.section} data-testid={`report-${figure.id}`}>
            <Stack gap="xs">
              <Title order={2} size="h3" id={`report-${figure.id}`}>
                {figure.title}
              </Title>
              {figure.description && <Text size="sm">{figure.description}</Text>}
              {figure.note && (
                <Text size="sm" fs="italic">
                  {figure.note}
                </Text>
              )}
              {figure.rows.length === 0 ? (
                <Text size="sm">{t('dashboard.noFigures')}</Text>
              ) : (
                <FigureTable figure={figure} caption={`${figure.title} (${context})`} withLinks={false} />
              )}
            </Stack>
          </section>
        ))
      )}
    </Stack>
  );
}
