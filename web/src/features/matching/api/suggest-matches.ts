import { suggestMatchesInputSchema, suggestMatchesResultSchema, type SuggestMatchesInput } from '@koers/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { callable } from '../../../lib/callable';
import { isPermanent } from '../../../lib/errors';
import { matchingKeys } from './matching-keys';

export { suggestMatchesInputSchema };

/**
 * `suggestMatches`: with `{ candidateId }` the best vacancies, schools and programmes for a
 * candidate (the function also stores them as the candidate's suggestions); with
 * `{ regionId, targetKind, targetId }` the region's best candidates for a vacancy or programme.
 */
export const suggestMatches = callable('suggestMatches', suggestMatchesInputSchema, suggestMatchesResultSchema);

/** Computes the candidate's suggestions on request ("Suggesties berekenen"). */
export function useSuggestForCandidate(candidateId: string) {
  return useMutation({
    mutationKey: matchingKeys.suggest({ candidateId }),
    mutationFn: () => suggestMatches({ candidateId }),
  });
}

/** The best candidates for a vacancy or programme, computed when the drawer opens. */
export function useBestCandidates(input: Extract<SuggestMatchesInput, { targetId: string }> | null) {
  return useQuery({
    queryKey: matchingKeys.suggest(input ?? { regionId: '-', targetKind: 'vacancy', targetId: '-' }),
    queryFn: async () => {
      if (!input) throw new Error('No target');
      const result = await suggestMatches(input);
      return result.direction === 'candidates' ? result.candidates : [];
    },
    enabled: input !== null,
    // A ranking is a snapshot: fresh for a minute, then recomputed on the next opening.
    staleTime: 60_000,
    retry: (count, error) => !isPermanent(error) && count < 2,
  });
}
