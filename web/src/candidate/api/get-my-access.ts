import { userAccessSchema } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore/lite';
import { db } from '../lib/firebase';
import { readDoc } from '../lib/firestore';
import { mijnKeys } from './keys';

/** `users/{uid}`: which dossier the account is linked to (candidateId), if any. */
export function useMyAccess(uid: string | null) {
  return useQuery({
    queryKey: mijnKeys.access(uid ?? '-'),
    queryFn: () => readDoc(doc(db, 'users', uid ?? '-'), userAccessSchema),
    enabled: Boolean(uid),
  });
}
