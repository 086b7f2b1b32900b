import { apiKeyHashSchema, apiKeySchema } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../../functions/src/intake/api-keys.js';
import { buildSeed } from './build.js';

describe('the demo seed', () => {
  it("gives Nijmegen's website the key demo-nijmegen-key, stored as a hash only", { timeout: 30_000 }, () => {
    const docs = buildSeed().network;
    const hash = hashApiKey('demo-nijmegen-key');
    const key = apiKeySchema.parse(docs.find((doc) => doc.path === 'regions/nijmegen/apiKeys/demo-website')?.data);
    expect(key).toMatchObject({ name: 'Website Regioloket (demo)', hash, revokedAt: null });
    const lookup = apiKeyHashSchema.parse(docs.find((doc) => doc.path === `apiKeyHashes/${hash}`)?.data);
    expect(lookup).toEqual({ regionId: 'nijmegen', keyId: 'demo-website', revoked: false, rateLimitPerMinute: 3000 });
  });
});
