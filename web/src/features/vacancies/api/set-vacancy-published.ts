import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import { vacancyKeys } from './vacancy-keys';
import { vacancyRef } from './vacancy-converter';

/**
 * Publishes a vacancy (the regions' websites and candidates see it) or takes it offline.
 * Only `published` changes, so it cannot overwrite anyone's edit of the other fields.
 */
export async function setVacancyPublished({
  regionId,
  vacancyId,
  uid,
  published,
}: {
  regionId: string;
  vacancyId: string;
  uid: string;
  published: boolean;
}): Promise<void> {
  await updateDoc(vacancyRef(regionId, vacancyId), { published, updatedAt: serverTimestamp(), updatedBy: uid });
}

export function useSetVacancyPublished() {
  return useMutation({ mutationKey: vacancyKeys.setPublished(), mutationFn: setVacancyPublished });
}
