// API keys for tests of the intake API: written straight with the Admin SDK, the same two
// documents createApiKey writes, with a chosen limit (or already revoked).
import { defaultApiKeyRateLimitPerMinute, type ApiKey, type ApiKeyHash } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { apiKeyPrefixLength, generateApiKey, hashApiKey } from '../../functions/src/intake/api-keys.js';

export interface TestApiKeyOptions {
  rateLimitPerMinute?: number;
  revoked?: boolean;
  name?: string;
}

export async function createTestApiKey(db: Firestore, regionId: string, options: TestApiKeyOptions = {}): Promise<{ key: string; keyId: string }> {
  const key = generateApiKey();
  const hash = hashApiKey(key);
  const rateLimitPerMinute = options.rateLimitPerMinute ?? defaultApiKeyRateLimitPerMinute;
  const revoked = options.revoked ?? false;
  const keyRef = db.collection('regions').doc(regionId).collection('apiKeys').doc();
  const now = new Date();
  const document: ApiKey = {
    name: options.name ?? 'Testsleutel',
    prefix: key.slice(0, apiKeyPrefixLength),
    hash,
    createdAt: now,
    createdBy: 'fixture',
    revokedAt: revoked ? now : null,
    revokedBy: revoked ? 'fixture' : null,
    rateLimitPerMinute,
    lastUsedAt: null,
  };
  const lookup: ApiKeyHash = { regionId, keyId: keyRef.id, revoked, rateLimitPerMinute };
  const batch = db.batch();
  batch.set(keyRef, document);
  batch.set(db.collection('apiKeyHashes').doc(hash), lookup);
  await batch.commit();
  return { key, keyId: keyRef.id };
}
