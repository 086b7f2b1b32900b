import { userAccessSchema, type UserAccess } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { accessKeys } from './access-keys';

const userAccessConverter = zodConverter(userAccessSchema);

export type MyAccess = WithId<UserAccess>;

/**
 * `users/{uid}`: the person's roles, live, so navigation follows a granted or revoked
 * role at once. `null` while no document exists (a fresh candidate account, say).
 */
export function myAccessQueryOptions(uid: string) {
  return liveQueryOptions<MyAccess | null, ReturnType<typeof accessKeys.me>>(
    accessKeys.me(uid),
    subscribeDoc(doc(db, 'users', uid).withConverter(userAccessConverter)),
  );
}

/** Disabled until there is a uid (signed out). */
export function useMyAccess(uid: string | undefined) {
  return useQuery({ ...myAccessQueryOptions(uid ?? '-'), enabled: Boolean(uid) });
}
