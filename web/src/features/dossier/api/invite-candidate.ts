import { inviteCandidateInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { dossierKeys } from './dossier-keys';

export { inviteCandidateInputSchema };

/** Sends (or sends again) the candidate the e-mail that invites them to self-service. The answer is not used. */
export const inviteCandidate = callable('inviteCandidate', inviteCandidateInputSchema, z.unknown());

export function useInviteCandidate(candidateId: string) {
  return useMutation({ mutationKey: dossierKeys.invite(candidateId), mutationFn: inviteCandidate });
}
