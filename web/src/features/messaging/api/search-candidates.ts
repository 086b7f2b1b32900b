import { useQuery } from '@tanstack/react-query';
import { fetchCandidatePage } from '../../candidate-list/api/list-candidates';
import { messagingKeys } from './messaging-keys';

/** Up to 10 of the region's candidates whose name matches (the candidate list's search), for picking who a thread is about. */
export function useCandidateSearch(regionId: string | null, q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: messagingKeys.candidateSearch(regionId ?? '-', term),
    queryFn: async () => (await fetchCandidatePage(regionId ?? '-', { q: term }, null, 10)).rows,
    enabled: Boolean(regionId) && term.length >= 2,
    staleTime: 30_000,
  });
}
