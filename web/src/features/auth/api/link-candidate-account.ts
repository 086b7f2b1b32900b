import { idSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';

export const linkCandidateAccountInputSchema = z.undefined();
export const linkCandidateAccountOutputSchema = z.object({ candidateId: idSchema });

/**
 * Links a freshly signed-in candidate to their dossier by verified e-mail address.
 * Fails with `not-found` (no dossier for the address) or `failed-precondition`.
 */
export const linkCandidateAccount = callable('linkCandidateAccount', linkCandidateAccountInputSchema, linkCandidateAccountOutputSchema);

export function useLinkCandidateAccount() {
  return useMutation({ mutationFn: () => linkCandidateAccount(undefined) });
}
