import { useMutation } from '@tanstack/react-query';
import { doc, updateDoc } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { queryClient } from '../../../lib/query-client';
import { activityKeys } from './activity-keys';

/** Cancels a registration of the candidate (their own, or one an adviser made for them): the status only. */
export async function cancelRegistration(registrationPath: string): Promise<void> {
  await updateDoc(doc(db, registrationPath), { status: 'cancelled' });
}

export function useCancelRegistration() {
  return useMutation({ mutationFn: cancelRegistration, onSettled: () => queryClient.invalidateQueries({ queryKey: activityKeys.all }) });
}
