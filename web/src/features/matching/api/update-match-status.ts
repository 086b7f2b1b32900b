import { updateMatchStatusInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { matchingKeys } from './matching-keys';

export { updateMatchStatusInputSchema };

/** The statuses an adviser records from the dossier (the organisation answers the others). */
export const adviserOutcomeStatuses = ['interview_planned', 'suitability_assessment', 'contract', 'enrolled', 'started', 'declined', 'withdrawn'] as const;
export type AdviserOutcomeStatus = (typeof adviserOutcomeStatuses)[number];

/**
 * `updateMatchStatus`: records a step. `expectedStatus` is the status the adviser saw; the
 * function refuses (reason `changed`) when someone else moved the match on meanwhile.
 */
export const updateMatchStatus = callable('updateMatchStatus', updateMatchStatusInputSchema, z.unknown());

export function useUpdateMatchStatus() {
  // The live match lists show the new status; nothing to invalidate.
  return useMutation({ mutationKey: matchingKeys.updateStatus(), mutationFn: updateMatchStatus });
}
