import type { Match } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, query, where } from 'firebase/firestore';
import type { WithId } from '../../../lib/firestore';
import { subscribeList } from '../../../lib/firestore';
import { liveQueryOptions, type Subscribe } from '../../../lib/live-query';
import { matchesCollection } from './match-converter';
import { matchingKeys } from './matching-keys';

/** A guard, not a page size: a candidate is proposed a handful of times. */
export const candidateMatchLimit = 100;

function newestFirst(matches: WithId<Match>[]): WithId<Match>[] {
  return [...matches].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * One candidate's matches in region r, newest first, live. One equality filter and the
 * order applied on the page, so the query needs no composite index.
 */
export function candidateMatchesQueryOptions(regionId: string, candidateId: string) {
  const list = subscribeList(query(matchesCollection(regionId), where('candidateId', '==', candidateId), limit(candidateMatchLimit)));
  const sorted: Subscribe<WithId<Match>[]> = (next, fail) => list((matches) => next(newestFirst(matches)), fail);
  return liveQueryOptions<WithId<Match>[], ReturnType<typeof matchingKeys.candidateMatches>>(
    matchingKeys.candidateMatches(regionId, candidateId),
    sorted,
  );
}

export function useCandidateMatches(regionId: string, candidateId: string) {
  return useQuery(candidateMatchesQueryOptions(regionId, candidateId));
}
