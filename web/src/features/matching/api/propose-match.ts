import { proposeMatchInputSchema, proposeMatchResultSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { callable } from '../../../lib/callable';
import { matchingKeys } from './matching-keys';

export { proposeMatchInputSchema };

/**
 * `proposeMatch`: introduces the candidate to a school (optionally for one of its vacancies)
 * and/or a training programme. The function checks consent and duplicates, writes the
 * matches and the introductions the organisations see, and answers with the new match ids.
 */
export const proposeMatch = callable('proposeMatch', proposeMatchInputSchema, proposeMatchResultSchema);

export function useProposeMatch() {
  // The live match lists show the new matches; nothing to invalidate.
  return useMutation({ mutationKey: matchingKeys.propose(), mutationFn: proposeMatch });
}
