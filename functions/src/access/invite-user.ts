import { inviteUserInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { inviteUser as invite, type InviteResult } from './roles.js';

/** `inviteUser({ email, displayName, grant })` → `{ uid, signInLink, created }`. */
export const inviteUser = onCall(async (request): Promise<InviteResult> => {
  const { uid: actorUid } = requireAuth(request);
  const input = parseInput(inviteUserInputSchema, request.data);
  return invite(services(), actorUid, input);
});
