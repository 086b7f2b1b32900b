// Who is signed in, and which dossier their account is linked to. Pages below the session
// gate (app.tsx) always have a candidate: useSession() never returns null there.
import { onAuthStateChanged, signOut, type User } from 'firebase/auth';
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { auth } from './firebase';
import { queryClient } from './query-client';

export interface Session {
  uid: string;
  email: string | null;
  candidateId: string;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the signed-in part of the candidate app');
  return session;
}

export type AuthState = { status: 'pending' } | { status: 'signed-out' } | { status: 'signed-in'; user: User };

/** The Firebase Auth state, as it changes. */
export function useAuthState(): AuthState {
  const [state, setState] = useState<AuthState>(() => (auth.currentUser ? { status: 'signed-in', user: auth.currentUser } : { status: 'pending' }));
  useEffect(
    // A transition: what follows a sign-in (the gate, the page) renders in slices, not in one block.
    () => onAuthStateChanged(auth, (user) => startTransition(() => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }))),
    [],
  );
  return state;
}

/** Signs out and forgets everything read, so the next person on this phone sees nothing of it. */
export async function signOutCandidate(): Promise<void> {
  await signOut(auth);
  queryClient.clear();
}
