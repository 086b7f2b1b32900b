import { activityKinds } from '@koers/domain';
import { Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import { staffRegionParam } from '../../../lib/staff-region';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegions } from '../../region/api/get-region';
import { activityListFiltersSchema, activityListLimit, activityListParams, parseActivityListFilters, type ActivityListFilters } from '../api/activity-list-spec';
import { amsterdamToday } from '../api/activity-time';
import { useActivityList } from '../api/list-activities';
import { ActivityTable } from '../components/activity-table';

/** /activiteiten: the region's information meetings, shadow days, webinars, … upcoming first, past ones a click away. */
export function ActivitiesRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { regionIds, regionId, regionSearch } = useStaffRegion();
  const regions = useRegions(regionIds);
  const filters = parseActivityListFilters(params);

  const writeFilters = (next: ActivityListFilters, region = regionId) => {
    const search = new URLSearchParams(activityListParams(next));
    if (region && region !== regionIds[0]) search.set(staffRegionParam, region);
    setParams(search, { replace: true });
  };
  // Merged into the URL as it is now (not this render's filters), so two quick changes both stay.
  const patchFilters = (patch: Partial<ActivityListFilters>) =>
    writeFilters({ ...parseActivityListFilters(new URLSearchParams(window.location.search)), ...patch });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('activities.title')}</PageTitle>
        <Text c="dimmed">{t('activities.intro')}</Text>
        {regionId && (
          <Group mt="xs">
            <Button component={Link} to={`/activiteiten/nieuw${regionSearch}`}>
              {t('activities.new')}
            </Button>
          </Group>
        )}
      </Stack>
      {regionIds.length > 1 && regionId && (
        <NativeSelect
          label={t('activities.region')}
          maw={360}
          data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
          value={regionId}
          onChange={(event) => writeFilters(filters, event.currentTarget.value)}
        />
      )}
      {regionId ? (
        <>
          <SectionCard id="activity-filters" title={t('activities.filters.title')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Stack gap={4}>
                <Text component="span" size="sm" fw={500} id="activity-period-label">
                  {t('activities.filters.period')}
                </Text>
                <SegmentedControl
                  aria-labelledby="activity-period-label"
                  value={filters.period}
                  onChange={(value) => patchFilters({ period: value === 'past' ? 'past' : 'upcoming' })}
                  data={[
                    { value: 'upcoming', label: t('activities.filters.upcoming') },
                    { value: 'past', label: t('activities.filters.past') },
                  ]}
                />
              </Stack>
              <NativeSelect
                label={t('activities.filters.kind')}
                value={filters.kind ?? ''}
                onChange={(event) => patchFilters({ kind: activityListFiltersSchema.shape.kind.parse(event.currentTarget.value || undefined) })}
                data={[{ value: '', label: t('activities.filters.allKinds') }, ...activityKinds.map((kind) => ({ value: kind, label: t(`vocab.activityKind.${kind}`) }))]}
              />
              <NativeSelect
                label={t('activities.filters.published')}
                value={filters.published ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  patchFilters({ published: value === 'published' || value === 'draft' ? value : undefined });
                }}
                data={[
                  { value: '', label: t('activities.filters.allStatuses') },
                  { value: 'published', label: t('activities.status.published') },
                  { value: 'draft', label: t('activities.status.draft') },
                ]}
              />
            </SimpleGrid>
          </SectionCard>
          <RegionActivities key={regionId} regionId={regionId} filters={filters} regionSearch={regionSearch} />
        </>
      ) : (
        <EmptyState>{t('activities.noRegion')}</EmptyState>
      )}
    </Stack>
  );
}

function RegionActivities({ regionId, filters, regionSearch }: { regionId: string; filters: ActivityListFilters; regionSearch: string }) {
  const { t } = useTranslation();
  const list = useActivityList(regionId, filters, amsterdamToday());
  const title = filters.period === 'upcoming' ? t('activities.list.upcoming') : t('activities.list.past');
  return (
    <SectionCard id="activity-results" title={title}>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState>{filters.period === 'upcoming' ? t('activities.list.emptyUpcoming') : t('activities.list.emptyPast')}</EmptyState>
      ) : (
        <>
          {list.data.length >= activityListLimit && (
            <Text size="sm" c="dimmed" role="note">
              {t('activities.list.capped', { count: activityListLimit })}
            </Text>
          )}
          <ActivityTable activities={list.data} caption={title} regionSearch={regionSearch} />
        </>
      )}
    </SectionCard>
  );
}
