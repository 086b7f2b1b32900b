import { closedMatchStatuses, matchStatuses, type Match, type MatchStatus } from '@koers/domain';
import { Anchor, NativeSelect, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useStaffRegion } from '../../access/components/use-staff-region';
import { useRegions } from '../../region/api/get-region';
import { regionMatchLimit, useRegionMatches } from '../api/list-region-matches';
import { useMatchTarget } from '../components/candidate-matches';
import { MatchResults } from '../components/match-results';
import { MatchStatusBadge } from '../components/match-status-badge';

const views = ['open', 'closed', 'all'] as const;
type View = (typeof views)[number];

function isClosed(status: MatchStatus): boolean {
  return (closedMatchStatuses as readonly MatchStatus[]).includes(status);
}

function inView(match: Match, view: View, status: string): boolean {
  if (status) return match.status === status;
  if (view === 'open') return !isClosed(match.status);
  if (view === 'closed') return isClosed(match.status);
  return true;
}

/** /matches: every match of the region, by status, and the outcomes per month. */
export function MatchesRoute() {
  const { t } = useTranslation();
  const { regionIds, regionId, setRegionId } = useStaffRegion();
  const regions = useRegions(regionIds);
  const matches = useRegionMatches(regionId);
  const [params, setParams] = useSearchParams();
  const viewParam = params.get('weergave') as View | null;
  const view: View = viewParam && views.includes(viewParam) ? viewParam : 'open';
  const statusParam = params.get('status') ?? '';
  const status = (matchStatuses as readonly string[]).includes(statusParam) ? statusParam : '';
  const setParam = (key: 'weergave' | 'status', value: string, fallback: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        if (key === 'weergave') next.delete('status');
        return next;
      },
      { replace: true },
    );

  const all = matches.data ?? [];
  const count = (which: View) => all.filter((match) => inView(match, which, '')).length;
  const shown = all.filter((match) => inView(match, view, status));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('matching.page.title')}</PageTitle>
        <Text c="dimmed">{t('matching.page.intro')}</Text>
      </Stack>
      {regionIds.length > 1 && regionId && (
        <NativeSelect
          label={t('matching.page.region')}
          maw={320}
          value={regionId}
          onChange={(event) => setRegionId(event.currentTarget.value)}
          data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
        />
      )}
      {matches.isPending ? (
        <PageLoader />
      ) : matches.isError ? (
        <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
      ) : (
        <>
          <SectionCard id="matches-list" title={t('matching.page.listTitle')}>
            <Tabs value={view} onChange={(value) => setParam('weergave', value ?? 'open', 'open')} keepMounted={false}>
              <Tabs.List>
                {views.map((item) => (
                  <Tabs.Tab key={item} value={item} px="xs">
                    {t(`matching.page.views.${item}`, { count: count(item) })}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {views.map((item) => (
                <Tabs.Panel key={item} value={item} pt="md">
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
                      <NativeSelect
                        label={t('matching.page.status')}
                        value={status}
                        onChange={(event) => setParam('status', event.currentTarget.value, '')}
                        data={[
                          { value: '', label: t('matching.page.allStatuses') },
                          ...matchStatuses
                            .filter((value) => view === 'all' || (view === 'closed') === isClosed(value))
                            .map((value) => ({ value, label: t(`vocab.matchStatus.${value}`) })),
                        ]}
                      />
                    </SimpleGrid>
                    <Text size="sm" c="dimmed" role="status">
                      {t('matching.page.count', { count: shown.length, total: all.length })}
                      {all.length >= regionMatchLimit && ` ${t('matching.page.limited', { limit: regionMatchLimit })}`}
                    </Text>
                    {shown.length === 0 ? <EmptyState>{t('matching.page.empty')}</EmptyState> : <MatchTable matches={shown} />}
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
          </SectionCard>
          <SectionCard id="matches-results" title={t('matching.results.title')}>
            <MatchResults matches={all} />
          </SectionCard>
        </>
      )}
    </Stack>
  );
}

function MatchTable({ matches }: { matches: WithId<Match>[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const target = useMatchTarget();
  return (
    <DataTable caption={t('matching.page.caption')} minWidth={860}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('matching.page.columns.candidate')}</Table.Th>
          <Table.Th scope="col">{t('matching.page.columns.organisation')}</Table.Th>
          <Table.Th scope="col">{t('matching.page.columns.target')}</Table.Th>
          <Table.Th scope="col" miw={150}>
            {t('matching.page.columns.status')}
          </Table.Th>
          <Table.Th scope="col">{t('matching.page.columns.updated')}</Table.Th>
          <Table.Th scope="col">{t('matching.page.columns.adviser')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matches.map((match) => (
          <Table.Tr key={match.id}>
            <Table.Th scope="row" fw={500}>
              {/* A withdrawal of consent for this region clears the name: the dossier is gone here. */}
              {match.candidateName ? (
                <Anchor component={Link} to={`/kandidaten/${match.candidateId}`} size="sm">
                  {match.candidateName}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('matching.page.consentWithdrawn')}
                </Text>
              )}
            </Table.Th>
            <Table.Td>{match.organisationName}</Table.Td>
            <Table.Td>{target(match)}</Table.Td>
            <Table.Td>
              <MatchStatusBadge status={match.status} />
            </Table.Td>
            <Table.Td>{format.date(match.updatedAt)}</Table.Td>
            <Table.Td>{match.proposedByName}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
