import { defaultLosingSightDays } from '@koers/domain';
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { PhaseLabel } from '../../../components/phase-label';
import { SectionCard } from '../../../components/section-card';
import { daysAgo, daysBetween, useFormat } from '../../../lib/format';
import { useSession } from '../../access/components/session-context';
import { MyTasksCard } from '../../tasks/components/my-tasks-card';
import { useRegion } from '../../region/api/get-region';
import { candidateKeys } from '../api/candidate-keys';
import { useOutOfSightCount } from '../api/count-out-of-sight';
import { useMyCandidates } from '../api/list-my-candidates';
import classes from './my-candidates.module.css';

/** /start: the adviser's own candidates in each region where they are staff. */
export function MyCandidatesRoute() {
  const { t } = useTranslation();
  const { user, access } = useSession();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('candidates.title')}</PageTitle>
        <Text c="dimmed">{t('candidates.intro')}</Text>
      </Stack>
      {(access?.staffRegionIds ?? []).map((regionId) => (
        <RegionCandidates key={regionId} regionId={regionId} uid={user.uid} />
      ))}
    </Stack>
  );
}

function RegionCandidates({ regionId, uid }: { regionId: string; uid: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const region = useRegion(regionId);
  const days = region.data ? region.data.settings.losingSightDays : region.isError ? defaultLosingSightDays : undefined;
  const candidates = useMyCandidates(regionId, uid);
  const outOfSight = useOutOfSightCount(regionId, uid, days);

  // A change to the live list (a contact logged, a candidate handed over) may change the count.
  const listVersion = useRef(0);
  useEffect(() => {
    const previous = listVersion.current;
    listVersion.current = candidates.dataUpdatedAt;
    if (previous && previous !== candidates.dataUpdatedAt) {
      void queryClient.invalidateQueries({ queryKey: candidateKeys.outOfSightCount(regionId, uid, days ?? 0) });
    }
  }, [candidates.dataUpdatedAt, queryClient, regionId, uid, days]);

  const regionName = region.data?.name ?? regionId;
  const headingId = `candidates-${regionId}`;
  const cutoff = daysAgo(days ?? defaultLosingSightDays);
  const now = new Date();

  return (
    <SectionCard id={headingId} title={regionName}>
      <Group align="stretch" gap="md">
        <Paper withBorder p="md" radius="md" bg="red.0" maw={360} aria-live="polite">
          {outOfSight.isError ? (
            <ErrorAlert error={outOfSight.error} />
          ) : (
            <Stack gap={2}>
              <Title order={3} size="h4">
                {outOfSight.data === undefined ? t('common.loading') : t('candidates.outOfSight', { count: outOfSight.data })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('candidates.outOfSightHint', { days: days ?? defaultLosingSightDays })}
              </Text>
            </Stack>
          )}
        </Paper>
        <MyTasksCard regionId={regionId} uid={uid} />
      </Group>
      {candidates.isPending ? (
        <PageLoader />
      ) : candidates.isError ? (
        <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.length === 0 ? (
        <EmptyState>{t('candidates.empty')}</EmptyState>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('candidates.shown', { count: candidates.data.length })}
          </Text>
          <DataTable caption={t('candidates.caption', { region: regionName })} minWidth={300}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('candidates.columns.name')}</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t('candidates.columns.phase')}
                </Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t('candidates.columns.place')}
                </Table.Th>
                <Table.Th scope="col">{t('candidates.columns.lastContact')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.data.map((candidate) => {
                const lost = !candidate.lastContactAt || candidate.lastContactAt < cutoff;
                return (
                  <Table.Tr key={candidate.id}>
                    <Table.Th scope="row" fw={500}>
                      {candidate.name}
                      {/* On a phone, place and phase move under the name so the table fits. */}
                      <Stack gap={2} mt={4} hiddenFrom="sm" fw={400}>
                        {candidate.place && (
                          <Text size="xs" c="dimmed">
                            {candidate.place}
                          </Text>
                        )}
                        <PhaseLabel phase={candidate.phase} />
                      </Stack>
                    </Table.Th>
                    <Table.Td visibleFrom="sm">
                      <PhaseLabel phase={candidate.phase} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{candidate.place ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <Text span size="sm">
                          {candidate.lastContactAt ? (
                            <time dateTime={candidate.lastContactAt.toISOString()} title={format.date(candidate.lastContactAt)}>
                              {daysBetween(candidate.lastContactAt, now) === 0
                                ? t('common.today')
                                : t('common.daysAgo', { count: daysBetween(candidate.lastContactAt, now) })}
                            </time>
                          ) : (
                            t('common.neverContacted')
                          )}
                        </Text>
                        {lost && (
                          <Text span size="xs" fw={700} c="red.9" className={classes.lost}>
                            {t('candidates.outOfSightBadge')}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </DataTable>
        </Stack>
      )}
    </SectionCard>
  );
}
