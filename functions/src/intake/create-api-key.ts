import { createApiKeyInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { createApiKey as create } from './manage-api-keys.js';

/** `createApiKey({ regionId, name })` → `{ keyId, key }`: the only time anyone sees the key. Coordinators of the region. */
export const createApiKey = onCall(async (request) => {
  const { uid } = requireAuth(request);
  const input = parseInput(createApiKeyInputSchema, request.data);
  return create(services(), uid, input);
});
