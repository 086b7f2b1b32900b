import { activitySchema, type Activity } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, collectionGroup, limit, orderBy, query, where } from 'firebase/firestore/lite';
import { useDeferredQuery } from '../../../lib/deferred-query';
import { db } from '../../../lib/firebase';
import { readList, type Listed } from '../../../lib/firestore';
import { activityKeys } from './activity-keys';

/** How many cross-regional activities of all regions the page reads (the soonest). */
export const crossRegionalLimit = 30;
const perRegionLimit = 50;

export type MyActivity = Listed<Activity> & { regionId: string };

/** `regions/{r}/activities/{a}` → r. */
export function regionOfPath(path: string): string {
  return path.split('/')[1] ?? '';
}

/**
 * The published activities still to come in the candidate's regions, plus the cross-regional
 * ones of every region (the collection-group rule asks for published == true), soonest first,
 * each once.
 */
export async function listUpcomingActivities(regionIds: readonly string[], now: Date): Promise<MyActivity[]> {
  const upcoming = [where('published', '==', true), where('startsAt', '>=', now), orderBy('startsAt')];
  const lists = await Promise.all([
    ...regionIds.map((regionId) => readList(query(collection(db, 'regions', regionId, 'activities'), ...upcoming, limit(perRegionLimit)), activitySchema)),
    readList(query(collectionGroup(db, 'activities'), where('crossRegional', '==', true), ...upcoming, limit(crossRegionalLimit)), activitySchema),
  ]);
  const byPath = new Map<string, MyActivity>();
  for (const activity of lists.flat()) byPath.set(activity.path, { ...activity, regionId: regionOfPath(activity.path) });
  return [...byPath.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export function useUpcomingActivities(candidateId: string, regionIds: readonly string[]) {
  return useDeferredQuery(useQuery({
    queryKey: activityKeys.upcoming(candidateId, regionIds),
    queryFn: () => listUpcomingActivities(regionIds, new Date()),
    enabled: regionIds.length > 0,
  }));
}
