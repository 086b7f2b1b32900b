// A per-visitor brake on public posts: a fixed window per hashed address, kept in Firestore
// (`publicRateLimits/{hash}`, readable by nobody). The address itself is never stored.
import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import { runContendedTransaction } from '../lib/transaction.js';

export interface RateLimitPolicy {
  /** Posts allowed per window. */
  limit: number;
  windowMs: number;
}

/** Ten registrations in ten minutes is a family signing up for everything; more is a script. */
export const registrationRateLimit: RateLimitPolicy = { limit: 10, windowMs: 10 * 60_000 };

export interface RateLimitState {
  windowStart: Date;
  count: number;
}

export type RateLimitDecision = { allowed: true; next: RateLimitState } | { allowed: false; retryAfterSeconds: number };

/** Counts one post against the window it falls in; a new window starts when the old one is over. */
export function rateLimitDecision(state: RateLimitState | null, now: Date, policy: RateLimitPolicy): RateLimitDecision {
  const current = state && now.getTime() - state.windowStart.getTime() < policy.windowMs ? state : null;
  if (!current) return { allowed: true, next: { windowStart: now, count: 1 } };
  if (current.count >= policy.limit) {
    const retryAfterMs = current.windowStart.getTime() + policy.windowMs - now.getTime();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  }
  return { allowed: true, next: { windowStart: current.windowStart, count: current.count + 1 } };
}

/** The key of an address: a hash with a purpose prefix, so the document id reveals nothing. */
export function rateLimitKey(scope: string, address: string): string {
  return createHash('sha256').update(`koers-rate-limit:${scope}:${address}`).digest('hex').slice(0, 40);
}

/** Counts one post of `key`; `allowed: false` means answer 429 with Retry-After. */
export async function consumeRateLimit(db: Firestore, key: string, now: Date, policy: RateLimitPolicy): Promise<RateLimitDecision> {
  const ref = db.collection('publicRateLimits').doc(key);
  return runContendedTransaction(db, async (tx) => {
    const snapshot = await tx.get(ref);
    const data = snapshot.data();
    const state: RateLimitState | null = data ? { windowStart: data.windowStart.toDate() as Date, count: Number(data.count) } : null;
    const decision = rateLimitDecision(state, now, policy);
    if (decision.allowed) {
      // expiresAt lets a TTL policy on publicRateLimits clear old windows.
      tx.set(ref, { ...decision.next, expiresAt: new Date(decision.next.windowStart.getTime() + policy.windowMs) });
    }
    return decision;
  });
}
