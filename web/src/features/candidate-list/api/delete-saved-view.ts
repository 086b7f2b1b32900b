import { useMutation } from '@tanstack/react-query';
import { deleteDoc, doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';

/** Deletes one of the caller's own saved views (the rules allow only the owner). */
export async function deleteSavedView(regionId: string, viewId: string): Promise<void> {
  await deleteDoc(doc(db, 'regions', regionId, 'savedViews', viewId));
}

export function useDeleteSavedView(regionId: string) {
  return useMutation({ mutationFn: (viewId: string) => deleteSavedView(regionId, viewId) });
}
