import type { Registration } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, orderBy, query } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { registrationsCollection } from './activity-converter';
import { activityKeys } from './activity-keys';

/** Most registrations the page lists; far above any room the region hires. */
export const registrationListLimit = 1000;

/**
 * Everyone registered for an activity, first come first, live: a website registration or a
 * candidate's own shows up while the adviser has the page open.
 */
export function registrationListQueryOptions(regionId: string, activityId: string) {
  return liveQueryOptions<WithId<Registration>[], ReturnType<typeof activityKeys.registrations>>(
    activityKeys.registrations(regionId, activityId),
    subscribeList(query(registrationsCollection(regionId, activityId), orderBy('registeredAt', 'asc'), limit(registrationListLimit))),
  );
}

export function useRegistrationList(regionId: string, activityId: string) {
  return useQuery(registrationListQueryOptions(regionId, activityId));
}
