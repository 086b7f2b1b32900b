import { useMutation } from '@tanstack/react-query';
import { deleteDoc } from 'firebase/firestore';
import { vacancyKeys } from './vacancy-keys';
import { vacancyRef } from './vacancy-converter';

/** Removes a vacancy for good (a closed one can simply stay unpublished instead). */
export async function deleteVacancy({ regionId, vacancyId }: { regionId: string; vacancyId: string }): Promise<void> {
  await deleteDoc(vacancyRef(regionId, vacancyId));
}

export function useDeleteVacancy() {
  return useMutation({ mutationKey: vacancyKeys.remove(), mutationFn: deleteVacancy });
}
