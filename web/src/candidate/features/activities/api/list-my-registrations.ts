import { activitySchema, registrationSchema, type Activity, type Registration } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collectionGroup, doc, query, where } from 'firebase/firestore/lite';
import { useDeferredQuery } from '../../../lib/deferred-query';
import { db } from '../../../lib/firebase';
import { readDoc, readList, type Listed, type WithId } from '../../../lib/firestore';
import { activityKeys } from './activity-keys';

export interface MyRegistration {
  registration: Listed<Registration>;
  regionId: string;
  activityId: string;
  /** `regions/{r}/activities/{a}`, to match the registration with a listed activity. */
  activityPath: string;
  /** Null when the activity is gone or no longer published (the candidate may not read it). */
  activity: WithId<Activity> | null;
}

/** `regions/{r}/activities/{a}/registrations/{id}` → its activity's path, region and id. */
export function activityOfRegistration(path: string): { regionId: string; activityId: string; activityPath: string } {
  const [, regionId = '', , activityId = ''] = path.split('/');
  return { regionId, activityId, activityPath: `regions/${regionId}/activities/${activityId}` };
}

async function readActivity(regionId: string, activityId: string): Promise<WithId<Activity> | null> {
  try {
    return await readDoc(doc(db, 'regions', regionId, 'activities', activityId), activitySchema);
  } catch {
    // An activity taken offline is no longer readable; the registration still shows.
    return null;
  }
}

/**
 * The candidate's registrations in every region (collection group, the filter its rule
 * checks), each with its activity; the soonest activity first, those without one last.
 */
export async function listMyRegistrations(candidateId: string): Promise<MyRegistration[]> {
  const registrations = await readList(query(collectionGroup(db, 'registrations'), where('candidateId', '==', candidateId)), registrationSchema);
  const rows = await Promise.all(
    registrations.map(async (registration) => {
      const place = activityOfRegistration(registration.path);
      return { registration, ...place, activity: await readActivity(place.regionId, place.activityId) };
    }),
  );
  return rows.sort((a, b) => (a.activity?.startsAt.getTime() ?? Infinity) - (b.activity?.startsAt.getTime() ?? Infinity));
}

export function useMyRegistrations(candidateId: string) {
  return useDeferredQuery(useQuery({ queryKey: activityKeys.registrations(candidateId), queryFn: () => listMyRegistrations(candidateId) }));
}
