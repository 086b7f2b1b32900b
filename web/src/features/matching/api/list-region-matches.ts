import type { Match } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, orderBy, query } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { matchesCollection } from './match-converter';
import { matchingKeys } from './matching-keys';

/** Most matches the overview loads: the most recently changed ones. */
export const regionMatchLimit = 200;

/**
 * The region's matches, most recently changed first, live. One order and no filter, so no
 * composite index: the status filter and the results per month are computed on the page.
 */
export function regionMatchesQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Match>[], ReturnType<typeof matchingKeys.regionMatches>>(
    matchingKeys.regionMatches(regionId),
    subscribeList(query(matchesCollection(regionId), orderBy('updatedAt', 'desc'), limit(regionMatchLimit))),
  );
}

export function useRegionMatches(regionId: string | null) {
  return useQuery({ ...regionMatchesQueryOptions(regionId ?? '-'), enabled: Boolean(regionId) });
}
