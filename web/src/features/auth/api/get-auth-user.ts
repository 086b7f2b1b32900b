import { useQuery } from '@tanstack/react-query';
import { onAuthStateChanged } from 'firebase/auth';
import { auth } from '../../../lib/firebase';
import { liveQueryOptions } from '../../../lib/live-query';
import { authKeys } from './auth-keys';

/** The signed-in person as the app needs them; null when signed out. */
export interface AuthUser {
  uid: string;
  email: string | null;
  displayName: string | null;
}

export function authUserQueryOptions() {
  return liveQueryOptions<AuthUser | null, ReturnType<typeof authKeys.user>>(authKeys.user(), (next, fail) =>
    onAuthStateChanged(
      auth,
      (user) => next(user ? { uid: user.uid, email: user.email, displayName: user.displayName } : null),
      fail,
    ),
  );
}

export function useAuthUser() {
  return useQuery(authUserQueryOptions());
}
