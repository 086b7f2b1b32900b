import { useMutation } from '@tanstack/react-query';
import { signOut as firebaseSignOut } from 'firebase/auth';
import { auth } from '../../../lib/firebase';
import { queryClient } from '../../../lib/query-client';

/** Signs out and forgets every cached document (which also stops every listener). */
export async function signOut(): Promise<void> {
  await firebaseSignOut(auth);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
}

export function useSignOut() {
  return useMutation({ mutationFn: signOut });
}
