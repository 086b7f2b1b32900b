import { useMutation } from '@tanstack/react-query';
import { doc, type DocumentData } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { updateUnlessChanged, type GuardedUpdateResult } from '../../../lib/guarded-update';
import { activityInputSchema, type ActivityInput } from './activity-input';
import { activityKeys } from './activity-keys';

export interface ActivityUpdate {
  regionId: string;
  activityId: string;
  uid: string;
  input: ActivityInput;
  /** `updatedAt` of the version the form was loaded with (null for a document without stamps). */
  baseUpdatedAt: Date | null;
}

/** `saved`, or a conflict: someone saved another version since the form was loaded. */
export type ActivityUpdateResult = GuardedUpdateResult<DocumentData>;

/**
 * Saves the edit form unless someone saved the activity since it was loaded (see
 * updateUnlessChanged), so the person can compare and decide instead of silently overwriting
 * a colleague. `registrationCount` is left out: it is the trigger's.
 */
export async function updateActivity({ regionId, activityId, uid, input, baseUpdatedAt }: ActivityUpdate): Promise<ActivityUpdateResult> {
  const activity = activityInputSchema.parse(input);
  return updateUnlessChanged(doc(db, 'regions', regionId, 'activities', activityId), baseUpdatedAt, activity, uid);
}

export function useUpdateActivity() {
  return useMutation({ mutationKey: activityKeys.update(), mutationFn: updateActivity });
}
