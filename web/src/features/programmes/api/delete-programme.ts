import { useMutation } from '@tanstack/react-query';
import { deleteDoc } from 'firebase/firestore';
import { programmeRef } from './programme-converter';
import { programmeKeys } from './programme-keys';

/** Removes a programme for good (one that is not offered for now can stay unpublished instead). */
export async function deleteProgramme({ regionId, programmeId }: { regionId: string; programmeId: string }): Promise<void> {
  await deleteDoc(programmeRef(regionId, programmeId));
}

export function useDeleteProgramme() {
  return useMutation({ mutationKey: programmeKeys.remove(), mutationFn: deleteProgramme });
}
