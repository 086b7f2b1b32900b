import { QueryClient } from '@tanstack/react-query';
import { env } from './env';
import { isPermanent } from './errors';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !isPermanent(error) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

// On the emulators only: bench/co-editing.ts times the data layer (a save's mutation starting
// in one page, the new value landing in the other page's cache) apart from rendering.
if (env.VITE_USE_EMULATORS) {
  Object.defineProperty(window, '__koersQueryClient', { get: () => queryClient, configurable: true });
}
