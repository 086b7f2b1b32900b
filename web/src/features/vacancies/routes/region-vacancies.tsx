import { sectors, subjects, type Organisation, type Vacancy } from '@koers/domain';
import { Anchor, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { BestCandidatesDialog, type BestCandidatesTarget } from '../../matching/components/best-candidates-dialog';
import { useRegions } from '../../region/api/get-region';
import { useOrganisationList } from '../../region/api/list-organisations';
import { regionVacancyLimit, useRegionVacancies } from '../api/list-region-vacancies';
import { isClosed, localDate, sortVacancies, todayIso } from '../components/vacancy-order';

const publishedFilters = ['all', 'published', 'draft'] as const;
type PublishedFilter = (typeof publishedFilters)[number];

interface Filters {
  sector: string;
  subject: string;
  published: PublishedFilter;
}

function matches(vacancy: Vacancy, filters: Filters): boolean {
  if (filters.sector && vacancy.sector !== filters.sector) return false;
  if (filters.subject && !(vacancy.subjects as readonly string[]).includes(filters.subject)) return false;
  if (filters.published === 'published' && !vacancy.published) return false;
  if (filters.published === 'draft' && vacancy.published) return false;
  return true;
}

/** /vacatures: every vacancy of the staff member's region, filterable by sector, subject and publication. */
export function RegionVacanciesRoute() {
  const { t } = useTranslation();
  const { regionIds, regionId, setRegionId } = useStaffRegion();
  const regions = useRegions(regionIds);
  const [params, setParams] = useSearchParams();
  const publishedParam = params.get('status') as PublishedFilter | null;
  const filters: Filters = {
    sector: params.get('sector') ?? '',
    subject: params.get('vak') ?? '',
    published: publishedParam && publishedFilters.includes(publishedParam) ? publishedParam : 'all',
  };
  const setFilter = (key: 'sector' | 'vak' | 'status', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '' || value === 'all') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('vacancies.regionTitle')}</PageTitle>
        <Text c="dimmed">{t('vacancies.regionIntro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: regionIds.length > 1 ? 4 : 3 }} spacing="sm">
        {regionIds.length > 1 && regionId && (
          <NativeSelect
            label={t('vacancies.filters.region')}
            value={regionId}
            onChange={(event) => setRegionId(event.currentTarget.value)}
            data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
          />
        )}
        <NativeSelect
          label={t('vacancies.fields.sector')}
          value={filters.sector}
          onChange={(event) => setFilter('sector', event.currentTarget.value)}
          data={[{ value: '', label: t('vacancies.filters.all') }, ...sectors.map((sector) => ({ value: sector, label: t(`vocab.sector.${sector}`) }))]}
        />
        <NativeSelect
          label={t('vacancies.filters.subject')}
          value={filters.subject}
          onChange={(event) => setFilter('vak', event.currentTarget.value)}
          data={[{ value: '', label: t('vacancies.filters.all') }, ...subjects.map((subject) => ({ value: subject, label: t(`vocab.subject.${subject}`) }))]}
        />
        <NativeSelect
          label={t('vacancies.filters.published')}
          value={filters.published}
          onChange={(event) => setFilter('status', event.currentTarget.value)}
          data={publishedFilters.map((value) => ({ value, label: t(`vacancies.filters.publishedOptions.${value}`) }))}
        />
      </SimpleGrid>
      {regionId && <RegionVacancyTable regionId={regionId} filters={filters} />}
    </Stack>
  );
}

function RegionVacancyTable({ regionId, filters }: { regionId: string; filters: Filters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vacancies = useRegionVacancies(regionId);
  const organisations = useOrganisationList(regionId);
  const [finding, setFinding] = useState<BestCandidatesTarget | null>(null);
  if (vacancies.isPending || organisations.isPending) return <PageLoader />;
  if (vacancies.isError) return <ErrorAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} />;
  if (organisations.isError) return <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />;

  const names = new Map<string, WithId<Organisation>>(organisations.data.map((organisation) => [organisation.id, organisation]));
  const today = todayIso();
  const shown = sortVacancies(
    vacancies.data.filter((vacancy) => matches(vacancy, filters)),
    today,
  );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" role="status">
        {t('vacancies.count', { count: shown.length, total: vacancies.data.length })}
        {vacancies.data.length >= regionVacancyLimit && ` ${t('vacancies.limited', { limit: regionVacancyLimit })}`}
      </Text>
      {shown.length === 0 ? (
        <EmptyState>{t('vacancies.noMatches')}</EmptyState>
      ) : (
        <DataTable caption={t('vacancies.regionCaption')} minWidth={1120}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('vacancies.fields.title')}</Table.Th>
              <Table.Th scope="col">{t('vacancies.columns.school')}</Table.Th>
              <Table.Th scope="col">{t('vacancies.fields.sector')}</Table.Th>
              <Table.Th scope="col">{t('vacancies.fields.subjects')}</Table.Th>
              <Table.Th scope="col">{t('vacancies.columns.hours')}</Table.Th>
              <Table.Th scope="col">{t('vacancies.columns.lateralEntry')}</Table.Th>
              <Table.Th scope="col">{t('vacancies.fields.closingDate')}</Table.Th>
              <Table.Th scope="col" miw={130}>
                {t('vacancies.columns.status')}
              </Table.Th>
              <Table.Th scope="col">{t('matching.best.column')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((vacancy) => {
              const closed = isClosed(vacancy, today);
              return (
                <Table.Tr key={vacancy.id}>
                  <Table.Th scope="row" fw={500}>
                    {vacancy.title}
                  </Table.Th>
                  <Table.Td>
                    <Anchor component={Link} to={`/netwerk/organisaties/${vacancy.organisationId}`} size="sm">
                      {names.get(vacancy.organisationId)?.name ?? vacancy.organisationId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`vocab.sectorShort.${vacancy.sector}`)}</Table.Td>
                  <Table.Td>{vacancy.subjects.map((subject) => t(`vocab.subject.${subject}`)).join(', ') || t('common.none')}</Table.Td>
                  <Table.Td>{format.number(vacancy.hoursPerWeek)}</Table.Td>
                  <Table.Td>{vacancy.lateralEntry ? t('common.yes') : t('common.no')}</Table.Td>
                  <Table.Td>{vacancy.closingDate ? format.date(localDate(vacancy.closingDate)) : t('common.none')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color={vacancy.published ? 'green' : 'gray'} tt="none" style={{ flexShrink: 0 }}>
                        {vacancy.published ? t('vacancies.status.published') : t('vacancies.status.draft')}
                      </Badge>
                      {closed && (
                        <Badge variant="light" color="red" tt="none" style={{ flexShrink: 0 }}>
                          {t('vacancies.status.closed')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {/* Candidates are ranked for published vacancies only. */}
                    {vacancy.published && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setFinding({ kind: 'vacancy', id: vacancy.id, title: vacancy.title, schoolId: vacancy.organisationId })}
                        aria-label={t('matching.best.actionLabel', { title: vacancy.title })}
                      >
                        {t('matching.best.action')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </DataTable>
      )}
      <BestCandidatesDialog regionId={regionId} target={finding} onClose={() => setFinding(null)} />
    </Stack>
  );
}
