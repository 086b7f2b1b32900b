import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import { programmeRef } from './programme-converter';
import { programmeKeys } from './programme-keys';

/**
 * Publishes a programme (candidates and the regions' websites see it) or takes it offline.
 * Only `published` changes, so it cannot overwrite anyone's edit of the other fields.
 */
export async function setProgrammePublished({
  regionId,
  programmeId,
  uid,
  published,
}: {
  regionId: string;
  programmeId: string;
  uid: string;
  published: boolean;
}): Promise<void> {
  await updateDoc(programmeRef(regionId, programmeId), { published, updatedAt: serverTimestamp(), updatedBy: uid });
}

export function useSetProgrammePublished() {
  return useMutation({ mutationKey: programmeKeys.setPublished(), mutationFn: setProgrammePublished });
}
