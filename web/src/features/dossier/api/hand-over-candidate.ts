import { handOverActions, handOverCandidateInputSchema, regionIdSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { dossierKeys } from './dossier-keys';

export { handOverCandidateInputSchema };

/** What `handOverCandidate` answers (functions/src/intake/hand-over.ts `HandOverResult`). */
export const handOverResultSchema = z.object({
  candidateId: z.string(),
  action: z.enum(handOverActions),
  homeRegionId: regionIdSchema,
});

/**
 * Follows the dossier's routing suggestion (the region its place lies in takes the dossier
 * over; this region loses access) or dismisses it. The server checks and audits both.
 */
export const handOverCandidate = callable('handOverCandidate', handOverCandidateInputSchema, handOverResultSchema);

export function useHandOverCandidate(candidateId: string) {
  return useMutation({ mutationKey: [...dossierKeys.detail(candidateId), 'hand-over'], mutationFn: handOverCandidate });
}
