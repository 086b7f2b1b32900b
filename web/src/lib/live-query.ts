import { hashKey, queryOptions, type QueryKey } from '@tanstack/react-query';
import { queryClient } from './query-client';

/** Starts a listener; returns its unsubscribe. `next` may be called any number of times. */
export type Subscribe<T> = (next: (value: T) => void, fail: (error: unknown) => void) => () => void;

/** One listener per query hash, alive while the query is in the cache. */
const listeners = new Map<string, () => void>();

function stop(queryHash: string): void {
  listeners.get(queryHash)?.();
  listeners.delete(queryHash);
}

// When a query leaves the cache (garbage collected, or queryClient.clear() at sign-out),
// its listener stops with it.
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'removed') stop(event.query.queryHash);
});

/**
 * Query options for live data: the query function starts ONE listener for the key and
 * resolves with its first value; later values are written into the cache with
 * setQueryData, so every component observing the key re-renders, and none holds a
 * listener of its own. After a listener error (a revoked role, say) the query refetches,
 * which starts a fresh listener and surfaces the error through the query's state.
 */
export function liveQueryOptions<T, const TKey extends QueryKey>(queryKey: TKey, subscribe: Subscribe<T>) {
  return queryOptions({
    queryKey,
    staleTime: Infinity,
    queryFn: () => {
      const queryHash = hashKey(queryKey);
      stop(queryHash);
      return new Promise<T>((resolve, reject) => {
        let settled = false;
        const unsubscribe = subscribe(
          (value) => {
            if (!settled) {
              settled = true;
              resolve(value);
            } else {
              queryClient.setQueryData<T>(queryKey, value);
            }
          },
          (error) => {
            stop(queryHash);
            if (!settled) {
              settled = true;
              reject(error instanceof Error ? error : new Error(String(error)));
            } else {
              void queryClient.invalidateQueries({ queryKey, exact: true });
            }
          },
        );
        listeners.set(queryHash, unsubscribe);
      });
    },
  });
}
