import type { Activity } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { subscribeDoc, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { activityRef } from './activity-converter';
import { activityKeys } from './activity-keys';

/** `regions/{r}/activities/{a}`, live; null when it does not exist. */
export function activityQueryOptions(regionId: string, activityId: string) {
  return liveQueryOptions<WithId<Activity> | null, ReturnType<typeof activityKeys.detail>>(
    activityKeys.detail(regionId, activityId),
    subscribeDoc(activityRef(regionId, activityId)),
  );
}

export function useActivity(regionId: string, activityId: string) {
  return useQuery(activityQueryOptions(regionId, activityId));
}
