import type { SuggestMatchesInput } from '@koers/domain';

/** Query and mutation keys of the matching feature. */
export const matchingKeys = {
  all: ['matching'] as const,
  region: (regionId: string) => [...matchingKeys.all, 'region', regionId] as const,
  /** The region's most recently changed matches (the /matches page). */
  regionMatches: (regionId: string) => [...matchingKeys.region(regionId), 'matches'] as const,
  /** One candidate's matches in one region (the dossier). */
  candidateMatches: (regionId: string, candidateId: string) => [...matchingKeys.region(regionId), 'candidate', candidateId] as const,
  /** `candidates/{c}/suggestions/current`, live. */
  suggestions: (candidateId: string) => [...matchingKeys.all, 'suggestions', candidateId] as const,
  /** A computed (not stored) answer of `suggestMatches`. */
  suggest: (input: SuggestMatchesInput) => [...matchingKeys.all, 'suggest', input] as const,
  propose: () => [...matchingKeys.all, 'propose'] as const,
  updateStatus: () => [...matchingKeys.all, 'update-status'] as const,
  updatePreferences: (candidateId: string) => [...matchingKeys.all, 'preferences', candidateId] as const,
};
