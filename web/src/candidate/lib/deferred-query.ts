import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';

/**
 * A query whose result reaches the page as a deferred value. Query results arrive through
 * useSyncExternalStore, which React renders at once and in one piece; a page built from a
 * fresh result then holds a phone's main thread for a noticeable moment (Lighthouse counts it
 * as blocking time). Deferred, the urgent render keeps what is on screen, and React builds the
 * page with the new data in a background render that yields to the browser every few
 * milliseconds. Until then the query reads as still pending, so no page mistakes "not yet
 * rendered" for "no data". Not for data the candidate changes in place (optimistic updates,
 * such as ticking a step): a control must show its new state with the tap, not a moment later.
 */
export function useDeferredQuery<T, E>(query: UseQueryResult<T, E>): UseQueryResult<T, E> {
  const data = useDeferredValue(query.data);
  if (data === query.data) return query;
  if (data === undefined) return { ...query, data: undefined, status: 'pending', isPending: true, isSuccess: false, isError: false, error: null } as UseQueryResult<T, E>;
  return { ...query, data } as UseQueryResult<T, E>;
}
