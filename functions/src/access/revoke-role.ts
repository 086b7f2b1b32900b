import { revokeRoleInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { revokeRole as revoke } from './roles.js';

/** `revokeRole({ uid, grant })` → `{ ok: true }`. Takes effect on the person's next request. */
export const revokeRole = onCall(async (request) => {
  const { uid: actorUid } = requireAuth(request);
  const input = parseInput(revokeRoleInputSchema, request.data);
  await revoke(services(), actorUid, input);
  return { ok: true as const };
});
