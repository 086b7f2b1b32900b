import { selfRegistrationId } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { queryClient } from '../../../lib/query-client';
import { activityKeys } from './activity-keys';

export interface RegisterInput {
  regionId: string;
  activityId: string;
  candidateId: string;
  uid: string;
  name: string;
  email: string;
  phone: string | null;
  /** The candidate cancelled before: the rules let them set the status back, nothing else. */
  cancelledBefore: boolean;
}

/**
 * The candidate registers themselves, under their own registration id (one per activity).
 * A first registration creates it; after a cancellation only the status goes back.
 */
export async function registerForActivity(input: RegisterInput): Promise<void> {
  const ref = doc(db, 'regions', input.regionId, 'activities', input.activityId, 'registrations', selfRegistrationId(input.candidateId));
  if (input.cancelledBefore) {
    await updateDoc(ref, { status: 'registered' });
    return;
  }
  await setDoc(ref, {
    candidateId: input.candidateId,
    name: input.name,
    email: input.email,
    phone: input.phone,
    status: 'registered',
    source: 'candidate',
    registeredAt: serverTimestamp(),
    registeredBy: input.uid,
  });
}

export function useRegisterForActivity() {
  // Places left and my registrations change (the count by a trigger, soon after).
  return useMutation({ mutationFn: registerForActivity, onSettled: () => queryClient.invalidateQueries({ queryKey: activityKeys.all }) });
}
