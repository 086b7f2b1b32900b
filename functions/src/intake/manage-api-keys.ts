// Creating and revoking a region's API keys: plain functions over Services, so tests can call
// them directly; the callables createApiKey and revokeApiKey are thin adapters.
import {
  apiKeySchema,
  defaultApiKeyRateLimitPerMinute,
  userAccessSchema,
  type ApiKey,
  type ApiKeyHash,
  type CreateApiKeyInput,
  type RevokeApiKeyInput,
} from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { apiKeyPrefixLength, generateApiKey, hashApiKey } from './api-keys.js';

export interface CreatedApiKey {
  keyId: string;
  /** The key itself: returned this once, stored nowhere. */
  key: string;
}

/** Throws unless `uid` coordinates `regionId` (or is an admin) and the region exists. */
async function requireCoordinator(db: Firestore, uid: string, regionId: string): Promise<void> {
  const [user, region] = await Promise.all([db.collection('users').doc(uid).get(), db.collection('regions').doc(regionId).get()]);
  const access = user.exists ? userAccessSchema.parse(fromFirestoreData(user.data())) : null;
  if (!access || !(access.admin || access.regions[regionId] === 'coordinator')) {
    throw new HttpsError('permission-denied', "Only the region's coordinators manage its API keys.", { reason: 'not_allowed' });
  }
  if (!region.exists) throw new HttpsError('not-found', 'This region does not exist.', { reason: 'region' });
}

export async function createApiKey({ db, now }: Services, actorUid: string, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  await requireCoordinator(db, actorUid, input.regionId);
  const key = generateApiKey();
  const hash = hashApiKey(key);
  const keyRef = db.collection('regions').doc(input.regionId).collection('apiKeys').doc();
  const at = now();
  const document: ApiKey = apiKeySchema.parse({
    name: input.name,
    prefix: key.slice(0, apiKeyPrefixLength),
    hash,
    createdAt: at,
    createdBy: actorUid,
    revokedAt: null,
    revokedBy: null,
    rateLimitPerMinute: defaultApiKeyRateLimitPerMinute,
    lastUsedAt: null,
  });
  const lookup: ApiKeyHash = { regionId: input.regionId, keyId: keyRef.id, revoked: false, rateLimitPerMinute: defaultApiKeyRateLimitPerMinute };
  const batch = db.batch();
  batch.create(keyRef, document);
  batch.create(db.collection('apiKeyHashes').doc(hash), lookup);
  await batch.commit();
  logEvent('api_key.created', { regionId: input.regionId, keyId: keyRef.id, actor: actorUid });
  return { keyId: keyRef.id, key };
}

/** Revokes a key for good; revoking a revoked key changes nothing. */
export async function revokeApiKey({ db, now }: Services, actorUid: string, input: RevokeApiKeyInput): Promise<void> {
  await requireCoordinator(db, actorUid, input.regionId);
  const keyRef = db.collection('regions').doc(input.regionId).collection('apiKeys').doc(input.keyId);
  const snapshot = await keyRef.get();
  if (!snapshot.exists) throw new HttpsError('not-found', 'This API key does not exist in the region.', { reason: 'api_key' });
  const stored = apiKeySchema.parse(fromFirestoreData(snapshot.data()));
  if (stored.revokedAt !== null) return;
  const batch = db.batch();
  batch.update(keyRef, { revokedAt: now(), revokedBy: actorUid });
  // The whole lookup document, so revoking also repairs one that went missing.
  const lookup: ApiKeyHash = {
    regionId: input.regionId,
    keyId: input.keyId,
    revoked: true,
    rateLimitPerMinute: stored.rateLimitPerMinute ?? defaultApiKeyRateLimitPerMinute,
  };
  batch.set(db.collection('apiKeyHashes').doc(stored.hash), lookup);
  await batch.commit();
  logEvent('api_key.revoked', { regionId: input.regionId, keyId: input.keyId, actor: actorUid });
}
