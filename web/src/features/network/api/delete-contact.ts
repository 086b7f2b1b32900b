import { useMutation } from '@tanstack/react-query';
import { deleteDoc, doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { networkKeys } from './network-keys';

/** Removes a contact person (staff of the region). */
export async function deleteContact({ regionId, contactId }: { regionId: string; contactId: string }): Promise<void> {
  await deleteDoc(doc(db, 'regions', regionId, 'contacts', contactId));
}

export function useDeleteContact() {
  return useMutation({ mutationKey: networkKeys.deleteContact(), mutationFn: deleteContact });
}
