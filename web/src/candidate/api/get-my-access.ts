import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore/lite';
import { z } from 'zod';
import { useDeferredQuery } from '../lib/deferred-query';
import { db } from '../lib/firebase';
import { readDoc } from '../lib/firestore';
import { mijnKeys } from './keys';

/**
 * The part of `users/{uid}` (userAccessSchema) the candidate app needs: the linked dossier, and
 * whether this is a staff account. A narrow schema on purpose: the full one pulls in the staff
 * roles and notification schemas, which the first load of /mijn cannot afford.
 */
export const myAccessSchema = z.object({
  candidateId: z.string().min(1).nullable(),
  admin: z.boolean(),
  regions: z.record(z.string(), z.string()),
  organisationIds: z.array(z.string()),
});

/** `users/{uid}`: which dossier the account is linked to (candidateId), if any. */
export function useMyAccess(uid: string | null) {
  return useDeferredQuery(useQuery({
    queryKey: mijnKeys.access(uid ?? '-'),
    queryFn: () => readDoc(doc(db, 'users', uid ?? '-'), myAccessSchema),
    enabled: Boolean(uid),
  }));
}
