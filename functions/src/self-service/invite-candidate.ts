import { inviteCandidateInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { inviteCandidate as invite, type InviteCandidateResult } from './invitation.js';

/** `inviteCandidate({ candidateId })` → `{ mailId }`: staff (re)send the self-service invitation. */
export const inviteCandidate = onCall(async (request): Promise<InviteCandidateResult> => {
  const { uid } = requireAuth(request);
  const { candidateId } = parseInput(inviteCandidateInputSchema, request.data);
  return invite(services(), uid, candidateId);
});
