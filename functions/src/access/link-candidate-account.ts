import { onCall } from 'firebase-functions/v2/https';
import { requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { linkCandidateAccount as link, type LinkResult } from './candidate-account.js';

/**
 * `linkCandidateAccount({})` → `{ candidateId }`. Takes no input: the dossier is found by the
 * verified e-mail address in the caller's ID token.
 */
export const linkCandidateAccount = onCall(async (request): Promise<LinkResult> => {
  const { uid, token } = requireAuth(request);
  return link(services(), { uid, email: token.email, email_verified: token.email_verified, name: token.name });
});
