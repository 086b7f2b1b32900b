import type { PrivacyRequest } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, orderBy, query, where } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { privacyRequestKeys } from './privacy-request-keys';
import { privacyRequestsCollection } from './privacy-request-converter';

type RequestList = WithId<PrivacyRequest>[];

/** Open requests are few (each is answered within a month); the cap guards the page. */
export const openRequestLimit = 200;
/** How many handled requests the page shows, most recently handled first. */
export const handledRequestLimit = 50;

/**
 * Every open request of the region, oldest (nearest its deadline) first. Sorted here rather
 * than with orderBy, so the query needs no composite index on status + requestedAt.
 */
export function openRequestsQueryOptions(regionId: string) {
  const subscribe = subscribeList(query(privacyRequestsCollection(regionId), where('status', '==', 'open'), limit(openRequestLimit)));
  return liveQueryOptions<RequestList, ReturnType<typeof privacyRequestKeys.open>>(privacyRequestKeys.open(regionId), (next, fail) =>
    subscribe((requests) => next([...requests].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime())), fail),
  );
}

/**
 * The most recently handled requests. Ordering on handledAt alone (a single-field index)
 * puts open requests, whose handledAt is null, last; they are left out here.
 */
export function handledRequestsQueryOptions(regionId: string) {
  const subscribe = subscribeList(query(privacyRequestsCollection(regionId), orderBy('handledAt', 'desc'), limit(handledRequestLimit)));
  return liveQueryOptions<RequestList, ReturnType<typeof privacyRequestKeys.handled>>(privacyRequestKeys.handled(regionId), (next, fail) =>
    subscribe((requests) => next(requests.filter((request) => request.status !== 'open')), fail),
  );
}

export function useOpenRequests(regionId: string) {
  return useQuery(openRequestsQueryOptions(regionId));
}

export function useHandledRequests(regionId: string) {
  return useQuery(handledRequestsQueryOptions(regionId));
}
