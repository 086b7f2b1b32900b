import type { Activity } from '@koers/domain';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A badge in a narrow column wraps instead of cutting its label off. */
const badgeStyles = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** Published or draft, and whether candidates of other regions see it too (colours whose text keeps 4.5:1 on their tint). */
export function ActivityBadges({ activity }: { activity: Pick<Activity, 'published' | 'crossRegional'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {activity.published ? (
        <Badge color="green" variant="light" tt="none" styles={badgeStyles}>
          {t('activities.status.published')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" tt="none" styles={badgeStyles}>
          {t('activities.status.draft')}
        </Badge>
      )}
      {activity.crossRegional && (
        <Badge color="blue" variant="light" tt="none" styles={badgeStyles}>
          {t('activities.status.crossRegional')}
        </Badge>
      )}
    </Group>
  );
}

/** "12 van 20 plaatsen", or just the number of registrations when places are unlimited. */
export function usePlacesLabel() {
  const { t } = useTranslation();
  return (activity: Pick<Activity, 'registrationCount' | 'capacity'>) =>
    activity.capacity === null
      ? t('activities.places.unlimited', { count: activity.registrationCount })
      : t('activities.places.of', { count: activity.registrationCount, capacity: activity.capacity });
}

export function isFull(activity: Pick<Activity, 'registrationCount' | 'capacity'>): boolean {
  return activity.capacity !== null && activity.registrationCount >= activity.capacity;
}
