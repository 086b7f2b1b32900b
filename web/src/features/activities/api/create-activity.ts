import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { activityInputSchema, type ActivityInput } from './activity-input';
import { activityKeys } from './activity-keys';

/**
 * Adds an activity to `regions/{r}/activities`, attributed to the caller. It starts with no
 * registrations; from then on only the registration trigger moves `registrationCount`.
 */
export async function createActivity({ regionId, uid, input }: { regionId: string; uid: string; input: ActivityInput }): Promise<string> {
  const activity = activityInputSchema.parse(input);
  const ref = await addDoc(collection(db, 'regions', regionId, 'activities'), {
    ...activity,
    registrationCount: 0,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

export function useCreateActivity() {
  return useMutation({ mutationKey: activityKeys.create(), mutationFn: createActivity });
}
