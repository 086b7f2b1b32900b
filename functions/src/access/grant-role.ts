import { grantRoleInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { grantRole as grant } from './roles.js';

/** `grantRole({ uid, grant })` → `{ ok: true }`. Admins grant anything, coordinators in their own region. */
export const grantRole = onCall(async (request) => {
  const { uid: actorUid } = requireAuth(request);
  const input = parseInput(grantRoleInputSchema, request.data);
  await grant(services(), actorUid, input);
  return { ok: true as const };
});
