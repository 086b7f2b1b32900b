import type { Activity } from '@koers/domain';
import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { WithId } from '../../../lib/firestore';
import { ActivityBadges, isFull, usePlacesLabel } from './activity-badges';
import { useActivityFormat } from './use-activity-format';

interface ActivityTableProps {
  activities: WithId<Activity>[];
  caption: string;
  /** `?regio=…` when the page works in another than the person's first region. */
  regionSearch: string;
}

/** The region's activities: when, what, where, places taken and whether it is live. */
export function ActivityTable({ activities, caption, regionSearch }: ActivityTableProps) {
  const { t } = useTranslation();
  const format = useActivityFormat();
  const places = usePlacesLabel();
  // On a phone five columns only fit by scrolling sideways; a card per activity reads better.
  const phone = useMediaQuery('(max-width: 48em)');
  if (phone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {activities.map((activity) => (
          <Paper component="li" key={activity.id} withBorder p="sm" radius="md">
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t(`vocab.activityKind.${activity.kind}`)}
              </Text>
              <Anchor component={Link} to={`/activiteiten/${activity.id}${regionSearch}`} fw={600}>
                {activity.title}
              </Anchor>
              <Text size="sm">{format.range(activity.startsAt, activity.endsAt)}</Text>
              <Text size="sm">{whereOf(activity, t('activities.online'))}</Text>
              <Group gap="xs">
                <Text size="sm" fw={isFull(activity) ? 700 : undefined}>
                  {places(activity)}
                  {isFull(activity) && ` · ${t('activities.full')}`}
                </Text>
              </Group>
              <ActivityBadges activity={activity} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <DataTable caption={caption} minWidth={760} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('activities.columns.when')}</Table.Th>
          <Table.Th scope="col">{t('activities.columns.activity')}</Table.Th>
          <Table.Th scope="col">{t('activities.columns.where')}</Table.Th>
          <Table.Th scope="col">{t('activities.columns.registrations')}</Table.Th>
          <Table.Th scope="col">{t('activities.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {activities.map((activity) => (
          <Table.Tr key={activity.id}>
            <Table.Td>
              <Text size="sm">{format.range(activity.startsAt, activity.endsAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Anchor component={Link} to={`/activiteiten/${activity.id}${regionSearch}`} fw={600}>
                  {activity.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`vocab.activityKind.${activity.kind}`)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{whereOf(activity, t('activities.online'))}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={isFull(activity) ? 700 : undefined}>
                {places(activity)}
              </Text>
              {isFull(activity) && (
                <Text size="xs" c="red.9" fw={700}>
                  {t('activities.full')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <ActivityBadges activity={activity} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

/** "Online", the place, or both ("Online · Huis van de regio"); a location that says it is online already stands alone. */
export function whereOf(activity: Pick<Activity, 'online' | 'location'>, online: string): string {
  const saysOnline = activity.location.toLocaleLowerCase().includes(online.toLocaleLowerCase());
  return [activity.online && !saysOnline ? online : null, activity.location || null].filter(Boolean).join(' · ') || '—';
}
