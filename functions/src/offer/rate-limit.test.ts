import { describe, expect, it } from 'vitest';
import { rateLimitDecision, rateLimitKey } from './rate-limit.js';

const policy = { limit: 3, windowMs: 60_000 };
const start = new Date('2026-12-01T12:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);

describe('rateLimitDecision', () => {
  it('starts a window at the first post and counts posts within it', () => {
    expect(rateLimitDecision(null, start, policy)).toEqual({ allowed: true, next: { windowStart: start, count: 1 } });
    expect(rateLimitDecision({ windowStart: start, count: 1 }, later(1_000), policy)).toEqual({ allowed: true, next: { windowStart: start, count: 2 } });
  });

  it('refuses once the limit is reached, saying when to try again', () => {
    expect(rateLimitDecision({ windowStart: start, count: 3 }, later(15_000), policy)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(rateLimitDecision({ windowStart: start, count: 3 }, later(59_999), policy)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('starts afresh when the window is over', () => {
    expect(rateLimitDecision({ windowStart: start, count: 3 }, later(60_000), policy)).toEqual({ allowed: true, next: { windowStart: later(60_000), count: 1 } });
  });
});

describe('rateLimitKey', () => {
  it('does not contain the address and differs per address and scope', () => {
    const key = rateLimitKey('registration', '203.0.113.7');
    expect(key).not.toContain('203');
    expect(key).not.toBe(rateLimitKey('registration', '203.0.113.8'));
    expect(key).not.toBe(rateLimitKey('intake', '203.0.113.7'));
  });
});
