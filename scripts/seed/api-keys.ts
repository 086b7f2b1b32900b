// A known API key for Nijmegen's demo website, so the intake API can be tried right after
// `npm start`. Demo only: a real key is made in the app and shown once.
import { apiKeyHashSchema, apiKeySchema, defaultApiKeyRateLimitPerMinute } from '@koers/domain';
import { apiKeyPrefixLength, hashApiKey } from '../../functions/src/intake/api-keys.js';
import type { SeedDocument } from './build.js';

export const demoApiKey = 'demo-nijmegen-key';
export const demoApiKeyId = 'demo-website';

export function demoApiKeyDocuments(createdAt: Date): SeedDocument[] {
  const regionId = 'nijmegen';
  const hash = hashApiKey(demoApiKey);
  return [
    {
      path: `regions/${regionId}/apiKeys/${demoApiKeyId}`,
      data: apiKeySchema.parse({
        name: 'Website Regioloket (demo)',
        prefix: demoApiKey.slice(0, apiKeyPrefixLength),
        hash,
        createdAt,
        createdBy: `demo-coordinator-${regionId}`,
        revokedAt: null,
        revokedBy: null,
        rateLimitPerMinute: defaultApiKeyRateLimitPerMinute,
        lastUsedAt: null,
      }),
    },
    {
      path: `apiKeyHashes/${hash}`,
      data: apiKeyHashSchema.parse({ regionId, keyId: demoApiKeyId, revoked: false, rateLimitPerMinute: defaultApiKeyRateLimitPerMinute }),
    },
  ];
}
