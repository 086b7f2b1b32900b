// The staff app's messaging api modules keep their listeners with web/src/lib/live-query.ts,
// which writes each new snapshot into the staff app's QueryClient (web/src/lib/query-client).
// The messages page therefore runs its live queries on that client (messages-page.tsx gives
// its subtree this provider), and clears it at sign-out as the candidate app clears its own,
// so nothing read stays in memory for the next person on the phone.
import { onAuthStateChanged } from 'firebase/auth';
import { env } from '../../../../lib/env';
import { queryClient as liveQueryClient } from '../../../../lib/query-client';
import { auth } from '../../../lib/firebase';
import { queryClient as candidateQueryClient } from '../../../lib/query-client';

onAuthStateChanged(auth, (user) => {
  if (!user) liveQueryClient.clear();
});

// Loading the staff client re-pointed the emulator-only debug handle; the candidate app's stays the one tests see.
if (env.VITE_USE_EMULATORS) {
  Object.defineProperty(window, '__koersQueryClient', { get: () => candidateQueryClient, configurable: true });
}

export { liveQueryClient };
