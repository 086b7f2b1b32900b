import type { RegistrationStatus } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { activityKeys } from './activity-keys';

export interface RegistrationStatusChange {
  regionId: string;
  activityId: string;
  registrationId: string;
  status: RegistrationStatus;
}

/**
 * Marks attendance (attended, no-show) or a cancellation. Only the status changes; the
 * registration trigger updates the activity's count and the candidate's contact history.
 */
export async function setRegistrationStatus({ regionId, activityId, registrationId, status }: RegistrationStatusChange): Promise<void> {
  await updateDoc(doc(db, 'regions', regionId, 'activities', activityId, 'registrations', registrationId), { status });
}

export function useSetRegistrationStatus() {
  return useMutation({ mutationKey: activityKeys.setRegistrationStatus(), mutationFn: setRegistrationStatus });
}
