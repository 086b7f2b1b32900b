import { useMutation } from '@tanstack/react-query';
import { Timestamp, doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
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
export type ActivityUpdateResult = { outcome: 'saved' } | { outcome: 'conflict'; updatedBy: string | null; updatedAt: Date | null };

function millis(value: unknown): number | null {
  return value instanceof Timestamp ? value.toMillis() : null;
}

/**
 * Saves the edit form in a transaction that first checks the activity is still the version
 * the form started from; if not, nothing is written and the conflict is returned, so the
 * person can compare and decide instead of silently overwriting a colleague.
 * `registrationCount` is left out: it is the trigger's.
 */
export async function updateActivity({ regionId, activityId, uid, input, baseUpdatedAt }: ActivityUpdate): Promise<ActivityUpdateResult> {
  const activity = activityInputSchema.parse(input);
  const ref = doc(db, 'regions', regionId, 'activities', activityId);
  return runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    if (!snapshot.exists()) throw Object.assign(new Error(`${ref.path} does not exist`), { code: 'not-found' });
    const current = millis(snapshot.get('updatedAt'));
    if (current !== (baseUpdatedAt?.getTime() ?? null)) {
      const updatedBy: unknown = snapshot.get('updatedBy');
      return { outcome: 'conflict', updatedBy: typeof updatedBy === 'string' ? updatedBy : null, updatedAt: current === null ? null : new Date(current) };
    }
    transaction.update(ref, { ...activity, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateActivity() {
  return useMutation({ mutationKey: activityKeys.update(), mutationFn: updateActivity });
}
