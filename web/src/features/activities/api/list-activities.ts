import type { Activity } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { applySpec } from '../../../lib/query-spec';
import { activitiesCollection } from './activity-converter';
import { activityKeys } from './activity-keys';
import { activityListLimit, activityListSpec, type ActivityListFilters } from './activity-list-spec';
import { startOfAmsterdamDay } from './activity-time';

/**
 * The region's activities matching the filters, live (a colleague's new activity or a
 * registration count moved by the trigger shows at once). `today` (`YYYY-MM-DD`, Amsterdam)
 * is part of the key, so the line between upcoming and past moves with the date.
 */
export function activityListQueryOptions(regionId: string, filters: ActivityListFilters, today: string) {
  return liveQueryOptions<WithId<Activity>[], ReturnType<typeof activityKeys.list>>(
    activityKeys.list(regionId, filters, today),
    subscribeList(applySpec(activitiesCollection(regionId), activityListSpec(filters, startOfAmsterdamDay(today)), { size: activityListLimit })),
  );
}

export function useActivityList(regionId: string, filters: ActivityListFilters, today: string) {
  return useQuery(activityListQueryOptions(regionId, filters, today));
}
