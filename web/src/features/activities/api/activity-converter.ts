import { activitySchema, registrationSchema } from '@koers/domain';
import { collection, doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const activityConverter = zodConverter(activitySchema);
export const registrationConverter = zodConverter(registrationSchema);

/** `regions/{r}/activities`, parsed. */
export function activitiesCollection(regionId: string) {
  return collection(db, 'regions', regionId, 'activities').withConverter(activityConverter);
}

export function activityRef(regionId: string, activityId: string) {
  return doc(db, 'regions', regionId, 'activities', activityId).withConverter(activityConverter);
}

/** `regions/{r}/activities/{a}/registrations`, parsed. */
export function registrationsCollection(regionId: string, activityId: string) {
  return collection(db, 'regions', regionId, 'activities', activityId, 'registrations').withConverter(registrationConverter);
}

/**
 * One registration per candidate and activity: the id is derived from the candidate, so a
 * second registration of the same person finds the first instead of creating a duplicate.
 */
export function candidateRegistrationId(candidateId: string): string {
  return `candidate-${candidateId}`;
}
