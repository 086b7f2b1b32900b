import { revokeApiKeyInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { revokeApiKey as revoke } from './manage-api-keys.js';

/** `revokeApiKey({ regionId, keyId })` → `{ ok: true }`; the key is refused from its next call on. Coordinators of the region. */
export const revokeApiKey = onCall(async (request) => {
  const { uid } = requireAuth(request);
  const input = parseInput(revokeApiKeyInputSchema, request.data);
  await revoke(services(), uid, input);
  return { ok: true as const };
});
