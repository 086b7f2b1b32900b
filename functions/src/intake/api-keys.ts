// API keys of the intake API: a region's website sends its key in a header, the key decides the
// region, and each call counts against the key's per-minute limit. Only a sha256 of a key is
// ever stored (`apiKeyHashes/{hash}` for the lookup, `regions/{r}/apiKeys/{id}` for people).
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { apiKeyHashSchema, type ApiCall } from '@koers/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { logEvent } from '../lib/log.js';

export interface ApiKeyContext {
  regionId: string;
  keyId: string;
  rateLimitPerMinute: number;
}

export type KeyCheck =
  | { ok: true; key: ApiKeyContext }
  | {
      ok: false;
      status: 401 | 429;
      reason: 'missing_key' | 'unknown_key' | 'revoked_key' | 'rate_limited';
      retryAfterSeconds?: number;
      key?: ApiKeyContext;
    };

export interface ApiCallRecord {
  method: string;
  route: string;
  status: number;
  reason: string | null;
  durationMs: number;
}

const keyPrefix = 'koers_';
const keyAlphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const keyLength = 32;
const windowMs = 60_000;
const callRetentionMs = 90 * 24 * 60 * 60 * 1000;
/** Characters of a key kept in the clear so people can tell keys apart: `koers_` + 4. */
export const apiKeyPrefixLength = 10;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** `koers_` + 32 base62 characters (about 190 bits). */
export function generateApiKey(): string {
  // 62 does not divide 256: drop bytes ≥ 248 so every character is equally likely.
  let body = '';
  while (body.length < keyLength) {
    for (const byte of randomBytes(keyLength)) {
      if (byte < 248 && body.length < keyLength) body += keyAlphabet[byte % 62];
    }
  }
  return keyPrefix + body;
}

/** The key from `api-key` (v1) or `x-api-key` (v2), whatever the case of the header name. */
export function apiKeyFromHeaders(headers: Record<string, string | string[] | undefined>): string | null {
  for (const wanted of ['api-key', 'x-api-key']) {
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() !== wanted) continue;
      const first = (Array.isArray(value) ? value[0] : value)?.trim();
      if (first) return first;
    }
  }
  return null;
}

/**
 * Counter shards for a limit: one document per key and minute takes only about one sustained
 * write per second in production, so generous limits spread over several documents, each
 * allowing its share. Small limits keep one shard and are exact.
 */
export function usageShards(rateLimitPerMinute: number): { shards: number; perShard: number } {
  const shards = Math.min(10, Math.max(1, Math.floor(rateLimitPerMinute / 300)));
  return { shards, perShard: Math.ceil(rateLimitPerMinute / shards) };
}

/** Seconds until the fixed one-minute window that holds `now` ends (at least 1). */
export function secondsToWindowEnd(now: Date): number {
  const end = (Math.floor(now.getTime() / windowMs) + 1) * windowMs;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/**
 * Who is calling: the key's region and limits, or why not. Every call with a valid key is
 * counted, refused ones too, so a client hammering past its limit stays refused.
 */
export async function authenticateApiKey(db: Firestore, headers: Record<string, string | string[] | undefined>, now: Date): Promise<KeyCheck> {
  const key = apiKeyFromHeaders(headers);
  if (!key) return { ok: false, status: 401, reason: 'missing_key' };
  const snapshot = await db.collection('apiKeyHashes').doc(hashApiKey(key)).get();
  if (!snapshot.exists) return { ok: false, status: 401, reason: 'unknown_key' };
  const found = apiKeyHashSchema.parse(snapshot.data());
  const context: ApiKeyContext = { regionId: found.regionId, keyId: found.keyId, rateLimitPerMinute: found.rateLimitPerMinute };
  // With the key: the coordinator sees in the key's log that a website still uses it.
  if (found.revoked) return { ok: false, status: 401, reason: 'revoked_key', key: context };

  // No transaction: an increment and a read hold far more calls per second on one key. A
  // caller reads at least its own increment, so no more than the limit get through; in a burst
  // right at the limit a few may be refused a little early.
  const minute = Math.floor(now.getTime() / windowMs);
  const { shards, perShard } = usageShards(context.rateLimitPerMinute);
  const shard = shards === 1 ? 0 : randomInt(shards);
  const usage = db.collection('apiKeyUsage').doc(`${context.regionId}:${context.keyId}:${minute}:${shard}`);
  // expiresAt lets a TTL policy on apiKeyUsage clear old windows.
  await usage.set({ count: FieldValue.increment(1), expiresAt: new Date((minute + 1) * windowMs + windowMs) }, { merge: true });
  const count = Number((await usage.get()).get('count') ?? 0);
  if (count > perShard) {
    return { ok: false, status: 429, reason: 'rate_limited', retryAfterSeconds: secondsToWindowEnd(now), key: context };
  }
  return { ok: true, key: context };
}

/** When this instance last wrote each key's lastUsedAt (ms since epoch). */
const lastUsedWritten = new Map<string, number>();

/**
 * A key's "last used" to the minute is enough for people; writing it on every call would make
 * the key document (which the key page listens to) as hot as the usage counter.
 */
function shouldStampLastUsed(key: ApiKeyContext, now: Date): boolean {
  const id = `${key.regionId}/${key.keyId}`;
  const last = lastUsedWritten.get(id);
  if (last !== undefined && now.getTime() >= last && now.getTime() - last < windowMs) return false;
  lastUsedWritten.set(id, now.getTime());
  return true;
}

/** Logs one call on the key (route pattern, status, reason, duration: never a path or a body). */
export async function recordApiCall(db: Firestore, key: ApiKeyContext, call: ApiCallRecord, now: Date): Promise<void> {
  const keyRef = db.collection('regions').doc(key.regionId).collection('apiKeys').doc(key.keyId);
  const entry: ApiCall = {
    at: now,
    method: call.method.slice(0, 10),
    route: call.route.slice(0, 200),
    status: Math.trunc(call.status),
    reason: call.reason === null ? null : call.reason.slice(0, 60),
    durationMs: Math.max(0, Math.round(call.durationMs)),
    expiresAt: new Date(now.getTime() + callRetentionMs),
  };
  const batch = db.batch();
  batch.create(keyRef.collection('calls').doc(), entry);
  if (shouldStampLastUsed(key, now)) batch.update(keyRef, { lastUsedAt: now });
  await batch.commit();
  logEvent('api.call', {
    regionId: key.regionId,
    keyId: key.keyId,
    method: entry.method,
    route: entry.route,
    status: entry.status,
    reason: entry.reason,
    durationMs: entry.durationMs,
  });
}
