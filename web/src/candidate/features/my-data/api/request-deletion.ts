import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { queryClient } from '../../../lib/query-client';
import { myDataKeys } from './my-data-keys';

/** Asks the home region to delete my data: an open request it must answer within the legal term. */
export async function requestDeletion({ candidateId, homeRegionId }: { candidateId: string; homeRegionId: string }): Promise<string> {
  const ref = await addDoc(collection(db, 'regions', homeRegionId, 'privacyRequests'), {
    candidateId,
    kind: 'deletion',
    status: 'open',
    requestedAt: serverTimestamp(),
    handledAt: null,
    handledBy: null,
    note: null,
  });
  return ref.id;
}

export function useRequestDeletion() {
  return useMutation({ mutationFn: requestDeletion, onSettled: () => queryClient.invalidateQueries({ queryKey: myDataKeys.all }) });
}
