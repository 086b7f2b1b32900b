// Website API keys: created and revoked by the region's coordinators through callables, checked
// and rate-limited on every intake call, each call logged on the key without personal data.
import { apiCallSchema, apiKeySchema } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey, hashApiKey, recordApiCall, type ApiKeyContext } from '../../functions/src/intake/api-keys.js';
import { createTestApiKey } from './api-key-helpers.js';
import { adminDb, clearEmulators, createAccount, createRegion, expectCallError, giveRoles, plain, signIn, type Client } from './helpers.js';

const clients: Client[] = [];
let coordinator: Client;
let coordinatorUid: string;
let adviser: Client;
let otherCoordinator: Client;

const keysOf = (regionId: string) => adminDb.collection('regions').doc(regionId).collection('apiKeys');

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen');
  await createRegion('midden-brabant');
  coordinatorUid = await createAccount('coordinator@keys.example.nl');
  await giveRoles(coordinatorUid, [{ kind: 'region', regionId: 'nijmegen', role: 'coordinator' }]);
  const adviserUid = await createAccount('adviser@keys.example.nl');
  await giveRoles(adviserUid, [{ kind: 'region', regionId: 'nijmegen', role: 'adviser' }]);
  const otherUid = await createAccount('mb-coordinator@keys.example.nl');
  await giveRoles(otherUid, [{ kind: 'region', regionId: 'midden-brabant', role: 'coordinator' }]);
  [coordinator, adviser, otherCoordinator] = await Promise.all([
    signIn('coordinator@keys.example.nl'),
    signIn('adviser@keys.example.nl'),
    signIn('mb-coordinator@keys.example.nl'),
  ]);
  clients.push(coordinator, adviser, otherCoordinator);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

interface Created {
  keyId: string;
  key: string;
}

describe('createApiKey', () => {
  it("gives the region's coordinator a key once and stores only its hash", async () => {
    const created = await coordinator.call<Created>('createApiKey', { regionId: 'nijmegen', name: ' Website Regioloket ' });
    expect(created.key).toMatch(/^koers_[0-9A-Za-z]{32}$/);

    const stored = (await keysOf('nijmegen').doc(created.keyId).get()).data();
    const key = apiKeySchema.parse(plain(stored));
    expect(key).toMatchObject({
      name: 'Website Regioloket',
      prefix: created.key.slice(0, 10),
      hash: hashApiKey(created.key),
      createdBy: coordinatorUid,
      revokedAt: null,
      revokedBy: null,
      rateLimitPerMinute: 3000,
      lastUsedAt: null,
    });
    const lookup = (await adminDb.doc(`apiKeyHashes/${hashApiKey(created.key)}`).get()).data();
    expect(lookup).toEqual({ regionId: 'nijmegen', keyId: created.keyId, revoked: false, rateLimitPerMinute: 3000 });
    // The key itself (beyond its visible prefix) is in neither document.
    const secret = created.key.slice(10);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(lookup)).not.toContain(secret);

    const check = await authenticateApiKey(adminDb, { 'api-key': created.key }, new Date());
    expect(check).toEqual({ ok: true, key: { regionId: 'nijmegen', keyId: created.keyId, rateLimitPerMinute: 3000 } });
  });

  it("refuses an adviser of the region and another region's coordinator, and writes nothing", async () => {
    const before = (await keysOf('nijmegen').get()).size;
    await expectCallError(adviser.call('createApiKey', { regionId: 'nijmegen', name: 'Stiekem' }), 'permission-denied');
    await expectCallError(otherCoordinator.call('createApiKey', { regionId: 'nijmegen', name: 'Stiekem' }), 'permission-denied');
    expect((await keysOf('nijmegen').get()).size).toBe(before);
  });

  it('refuses a key without a name as invalid-argument', async () => {
    await expectCallError(coordinator.call('createApiKey', { regionId: 'nijmegen', name: '   ' }), 'invalid-argument');
  });
});

describe('revokeApiKey', () => {
  it('revokes a key for good, so the next call is refused as revoked_key; revoking again changes nothing', async () => {
    const created = await coordinator.call<Created>('createApiKey', { regionId: 'nijmegen', name: 'Oude website' });
    expect((await authenticateApiKey(adminDb, { 'x-api-key': created.key }, new Date())).ok).toBe(true);

    await expect(coordinator.call('revokeApiKey', { regionId: 'nijmegen', keyId: created.keyId })).resolves.toEqual({ ok: true });
    const revoked = apiKeySchema.parse(plain((await keysOf('nijmegen').doc(created.keyId).get()).data()));
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(revoked.revokedBy).toBe(coordinatorUid);
    expect((await adminDb.doc(`apiKeyHashes/${hashApiKey(created.key)}`).get()).get('revoked')).toBe(true);

    const check = await authenticateApiKey(adminDb, { 'x-api-key': created.key }, new Date());
    expect(check).toMatchObject({ ok: false, status: 401, reason: 'revoked_key', key: { keyId: created.keyId } });

    await coordinator.call('revokeApiKey', { regionId: 'nijmegen', keyId: created.keyId });
    const again = apiKeySchema.parse(plain((await keysOf('nijmegen').doc(created.keyId).get()).data()));
    expect(again.revokedAt).toEqual(revoked.revokedAt);
  });

  it('answers not-found for an unknown key and refuses people who are not its coordinators', async () => {
    await expectCallError(coordinator.call('revokeApiKey', { regionId: 'nijmegen', keyId: 'geen-sleutel' }), 'not-found');
    const { keyId } = await createTestApiKey(adminDb, 'nijmegen');
    await expectCallError(adviser.call('revokeApiKey', { regionId: 'nijmegen', keyId }), 'permission-denied');
    await expectCallError(otherCoordinator.call('revokeApiKey', { regionId: 'nijmegen', keyId }), 'permission-denied');
    expect((await keysOf('nijmegen').doc(keyId).get()).get('revokedAt')).toBeNull();
  });
});

describe('authenticateApiKey', () => {
  it('refuses a call without a key as missing_key and a key nobody issued as unknown_key', async () => {
    const now = new Date();
    expect(await authenticateApiKey(adminDb, {}, now)).toEqual({ ok: false, status: 401, reason: 'missing_key' });
    expect(await authenticateApiKey(adminDb, { 'api-key': '  ' }, now)).toEqual({ ok: false, status: 401, reason: 'missing_key' });
    expect(await authenticateApiKey(adminDb, { 'api-key': 'koers_bestaatniet' }, now)).toEqual({ ok: false, status: 401, reason: 'unknown_key' });
  });

  it('reads the key from api-key or x-api-key, whatever the case of the header name', async () => {
    const { key, keyId } = await createTestApiKey(adminDb, 'midden-brabant');
    for (const headers of [{ 'api-key': key }, { 'x-api-key': key }, { 'X-Api-Key': [key] }]) {
      expect(await authenticateApiKey(adminDb, headers, new Date())).toMatchObject({ ok: true, key: { regionId: 'midden-brabant', keyId } });
    }
  });

  it('refuses a revoked key as revoked_key', async () => {
    const { key } = await createTestApiKey(adminDb, 'nijmegen', { revoked: true });
    expect(await authenticateApiKey(adminDb, { 'api-key': key }, new Date())).toMatchObject({ ok: false, status: 401, reason: 'revoked_key' });
  });

  it('answers 429 with the seconds left in the minute once a key made rateLimitPerMinute calls, and lets it in again the next minute', async () => {
    const { key, keyId } = await createTestApiKey(adminDb, 'nijmegen', { rateLimitPerMinute: 3 });
    const at = new Date('2026-03-02T10:00:15.200Z');
    for (let n = 0; n < 3; n++) expect((await authenticateApiKey(adminDb, { 'api-key': key }, at)).ok).toBe(true);
    expect(await authenticateApiKey(adminDb, { 'api-key': key }, at)).toEqual({
      ok: false,
      status: 429,
      reason: 'rate_limited',
      retryAfterSeconds: 45,
      key: { regionId: 'nijmegen', keyId, rateLimitPerMinute: 3 },
    });
    expect((await authenticateApiKey(adminDb, { 'api-key': key }, new Date('2026-03-02T10:01:00.000Z'))).ok).toBe(true);
  });

  it('lets no more than the limit through when calls arrive at once', async () => {
    const { key } = await createTestApiKey(adminDb, 'nijmegen', { rateLimitPerMinute: 3 });
    const at = new Date('2026-03-02T11:00:05Z');
    const checks = await Promise.all(Array.from({ length: 12 }, () => authenticateApiKey(adminDb, { 'api-key': key }, at)));
    expect(checks.filter((check) => check.ok).length).toBeLessThanOrEqual(3);
    expect(checks.filter((check) => !check.ok && check.reason === 'rate_limited').length).toBeGreaterThanOrEqual(9);
  });

  it('holds well over 20 calls a second on one key', async () => {
    const { key } = await createTestApiKey(adminDb, 'nijmegen');
    const started = Date.now();
    const checks = await Promise.all(Array.from({ length: 60 }, () => authenticateApiKey(adminDb, { 'api-key': key }, new Date())));
    const seconds = (Date.now() - started) / 1000;
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(60 / seconds).toBeGreaterThan(20);
  });
});

describe('recordApiCall', () => {
  it("logs the call on the key with the route pattern and outcome only, and stamps the key's lastUsedAt", async () => {
    const { keyId } = await createTestApiKey(adminDb, 'nijmegen');
    const key: ApiKeyContext = { regionId: 'nijmegen', keyId, rateLimitPerMinute: 3000 };
    const at = new Date('2026-03-02T12:00:00Z');
    await recordApiCall(adminDb, key, { method: 'POST', route: '/v1/create-user', status: 422, reason: 'invalid_body', durationMs: 37.6 }, at);

    const calls = await keysOf('nijmegen').doc(keyId).collection('calls').get();
    expect(calls.size).toBe(1);
    const stored = plain(calls.docs[0]!.data());
    expect(Object.keys(stored as object).sort()).toEqual(['at', 'durationMs', 'expiresAt', 'method', 'reason', 'route', 'status']);
    expect(apiCallSchema.parse(stored)).toEqual({
      at,
      method: 'POST',
      route: '/v1/create-user',
      status: 422,
      reason: 'invalid_body',
      durationMs: 38,
      expiresAt: new Date(at.getTime() + 90 * 24 * 60 * 60 * 1000),
    });
    expect(plain((await keysOf('nijmegen').doc(keyId).get()).get('lastUsedAt'))).toEqual(at);
  });
});
