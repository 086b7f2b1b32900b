import { QueryClient } from '@tanstack/react-query';
import { env } from '../../lib/env';
import { isPermanent } from '../../lib/errors';

// Firestore Lite has no listeners: a page reads when it opens, and again when the candidate
// comes back to the app, so what an adviser changed shows up without a reload.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !isPermanent(error) && failureCount < 2,
      refetchOnWindowFocus: true,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});

if (env.VITE_USE_EMULATORS) {
  Object.defineProperty(window, '__koersQueryClient', { get: () => queryClient, configurable: true });
}
