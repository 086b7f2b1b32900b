import { createContext, useContext } from 'react';
import type { AuthUser } from '../../auth/api/get-auth-user';
import type { MyAccess } from '../api/get-my-access';

export interface Session {
  user: AuthUser;
  /** `null` when the person has no access document (no role at all). */
  access: MyAccess | null;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in person and their live access; only below <RequireSession>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only available below <RequireSession>');
  return session;
}
