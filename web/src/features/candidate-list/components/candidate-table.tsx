import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PhaseLabel } from '../../../components/phase-label';
import { daysAgo, daysBetween, useFormat } from '../../../lib/format';
import { orderLoadedRows, type CandidateListFilters } from '../api/candidate-list-spec';
import { useCandidateList } from '../api/list-candidates';
import { NewArrivals } from './new-arrivals';

interface CandidateTableProps {
  regionId: string;
  regionName: string;
  filters: CandidateListFilters;
  ownerName: (uid: string | null) => string;
  losingSightDays: number;
}

/** The matching candidates, a page at a time ("Meer laden" fetches the next page after the cursor). */
export function CandidateTable({ regionId, regionName, filters, ownerName, losingSightDays }: CandidateTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useCandidateList(regionId, filters);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;

  const rows = orderLoadedRows(
    list.data.pages.flatMap((page) => page.rows),
    filters,
  );
  const now = new Date();
  const cutoff = daysAgo(losingSightDays, now);
  const arrivals = (
    <NewArrivals
      regionId={regionId}
      filters={filters}
      loadedAt={list.dataUpdatedAt}
      loadedIds={new Set(rows.map((row) => row.id))}
      onRefresh={() => void list.refetch()}
      refreshing={list.isRefetching && !list.isFetchingNextPage}
    />
  );
  if (rows.length === 0 && !list.hasNextPage) {
    return (
      <Stack gap="xs">
        {arrivals}
        <EmptyState>{t('candidateList.empty')}</EmptyState>
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      {arrivals}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {list.hasNextPage ? t('candidateList.shownMore', { count: rows.length }) : t('candidateList.shownAll', { count: rows.length })}
        </Text>
        <Button variant="subtle" size="xs" loading={list.isRefetching && !list.isFetchingNextPage} onClick={() => void list.refetch()}>
          {t('candidateList.refresh')}
        </Button>
      </Group>
      <DataTable caption={t('candidateList.caption', { region: regionName })} minWidth={320}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('candidateList.columns.name')}</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('candidateList.columns.phase')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="md">
              {t('candidateList.columns.owner')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="md">
              {t('candidateList.columns.place')}
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              {t('candidateList.columns.daysInPhase')}
            </Table.Th>
            <Table.Th scope="col">{t('candidateList.columns.lastContact')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((candidate) => {
            const lost = candidate.status === 'active' && (!candidate.lastContactAt || candidate.lastContactAt < cutoff);
            const phase =
              candidate.status === 'active' ? (
                <PhaseLabel phase={candidate.phase} />
              ) : (
                <Text span size="sm">
                  {t(`vocab.status.${candidate.status}`)}
                </Text>
              );
            const contactDays = candidate.lastContactAt ? daysBetween(candidate.lastContactAt, now) : null;
            return (
              <Table.Tr key={candidate.id} data-candidate-id={candidate.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/kandidaten/${candidate.id}`}>
                    {candidate.name}
                  </Anchor>
                  {candidate.handoverSuggestedTo && (
                    <Badge size="xs" variant="light" color="blue" ml={6}>
                      {t('candidateList.handoverSuggested')}
                    </Badge>
                  )}
                  {/* On a phone, phase, owner and place move under the name so the table fits. */}
                  <Stack gap={2} mt={4} hiddenFrom="md" fw={400}>
                    <Text size="xs" c="dimmed">
                      {[ownerName(candidate.ownerUid), candidate.place].filter(Boolean).join(' · ')}
                    </Text>
                    <Stack hiddenFrom="sm">{phase}</Stack>
                  </Stack>
                </Table.Th>
                <Table.Td visibleFrom="sm">{phase}</Table.Td>
                <Table.Td visibleFrom="md">{ownerName(candidate.ownerUid)}</Table.Td>
                <Table.Td visibleFrom="md">{candidate.place ?? t('common.none')}</Table.Td>
                <Table.Td visibleFrom="sm">{t('candidateList.days', { count: daysBetween(candidate.phaseSince, now) })}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Text span size="sm">
                      {candidate.lastContactAt && contactDays !== null ? (
                        <time dateTime={candidate.lastContactAt.toISOString()} title={format.date(candidate.lastContactAt)}>
                          {contactDays === 0 ? t('common.today') : t('common.daysAgo', { count: contactDays })}
                        </time>
                      ) : (
                        t('common.neverContacted')
                      )}
                    </Text>
                    {lost && (
                      <Text span size="xs" fw={700} c="red.9" bg="red.0" px={6} style={{ borderRadius: 4 }}>
                        {t('candidateList.outOfSight')}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="light" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('candidateList.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
