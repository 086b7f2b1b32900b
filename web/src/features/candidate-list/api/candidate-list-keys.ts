import type { CandidateListFilters } from './candidate-list-spec';

/** Query keys of the candidate-list feature. */
export const candidateListKeys = {
  all: ['candidate-list'] as const,
  region: (regionId: string) => [...candidateListKeys.all, 'region', regionId] as const,
  list: (regionId: string, filters: CandidateListFilters) => [...candidateListKeys.region(regionId), 'list', filters] as const,
  savedViews: (regionId: string, uid: string) => [...candidateListKeys.region(regionId), 'saved-views', uid] as const,
  arrivals: (regionId: string, sinceMs: number) => [...candidateListKeys.region(regionId), 'arrivals', sinceMs] as const,
};
