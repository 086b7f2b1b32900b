import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { activityKeys } from './activity-keys';

/**
 * Publishes an activity (to the website, the candidates' app and, when cross-regional, other
 * regions' candidates) or takes it offline. Writes only `published` and the stamps, so it
 * can never overwrite a colleague's edit of other fields.
 */
export async function setActivityPublished({ regionId, activityId, uid, published }: { regionId: string; activityId: string; uid: string; published: boolean }): Promise<void> {
  await updateDoc(doc(db, 'regions', regionId, 'activities', activityId), { published, updatedAt: serverTimestamp(), updatedBy: uid });
}

export function useSetActivityPublished() {
  return useMutation({ mutationKey: activityKeys.setPublished(), mutationFn: setActivityPublished });
}
