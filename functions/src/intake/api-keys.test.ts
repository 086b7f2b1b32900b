import { describe, expect, it } from 'vitest';
import { apiKeyFromHeaders, generateApiKey, hashApiKey, secondsToWindowEnd, usageShards } from './api-keys.js';

describe('API keys', () => {
  it('hashes a key as lower-case sha256 hex', () => {
    expect(hashApiKey('demo-nijmegen-key')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('generates distinct koers_ keys of 32 base62 characters', () => {
    const keys = Array.from({ length: 200 }, generateApiKey);
    for (const key of keys) expect(key).toMatch(/^koers_[0-9A-Za-z]{32}$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('takes the key from api-key before x-api-key, in any header case, ignoring blanks', () => {
    expect(apiKeyFromHeaders({ 'api-key': 'v1', 'x-api-key': 'v2' })).toBe('v1');
    expect(apiKeyFromHeaders({ 'X-API-Key': ' v2 ' })).toBe('v2');
    expect(apiKeyFromHeaders({ 'api-key': ['first', 'second'] })).toBe('first');
    expect(apiKeyFromHeaders({ 'api-key': '  ', 'x-api-key': 'v2' })).toBe('v2');
    expect(apiKeyFromHeaders({ authorization: 'Bearer x' })).toBeNull();
  });

  it('counts small limits on one exact counter and spreads generous ones without lowering them', () => {
    expect(usageShards(3)).toEqual({ shards: 1, perShard: 3 });
    expect(usageShards(299)).toEqual({ shards: 1, perShard: 299 });
    expect(usageShards(3000)).toEqual({ shards: 10, perShard: 300 });
    expect(usageShards(100_000)).toEqual({ shards: 10, perShard: 10_000 });
    for (const limit of [1, 301, 1000, 2999]) {
      const { shards, perShard } = usageShards(limit);
      expect(shards * perShard).toBeGreaterThanOrEqual(limit);
    }
  });

  it('tells a refused caller how many seconds are left in the minute', () => {
    expect(secondsToWindowEnd(new Date('2026-03-02T10:00:15.200Z'))).toBe(45);
    expect(secondsToWindowEnd(new Date('2026-03-02T10:00:00.000Z'))).toBe(60);
    expect(secondsToWindowEnd(new Date('2026-03-02T10:00:59.900Z'))).toBe(1);
  });
});
