// Safe retries for API writes: a request with an `Idempotency-Key` header is executed once per
// key and API key; a retry gets the first answer again (marked `Idempotent-Replayed: true`).
// The record is claimed in a transaction before the work starts, so two copies of one request
// racing each other never both run: the second gets 409 and retries later.
import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';
import type { ApiResponse } from '../api/router.js';

/** Retries come within minutes; a day covers a client that queues writes overnight. */
export const idempotencyWindowMs = 24 * 60 * 60_000;
const maxKeyLength = 255;

export type IdempotencyClaim =
  | { kind: 'run'; finish: (response: ApiResponse) => Promise<void>; abandon: () => Promise<void> }
  | { kind: 'replay'; response: ApiResponse }
  | { kind: 'refuse'; response: ApiResponse };

function refusal(status: number, reason: string, message: string, headers: Record<string, string> = {}): IdempotencyClaim {
  return { kind: 'refuse', response: { status, headers, body: { statusCode: status, message, reason, problems: [{ field: 'Idempotency-Key', code: reason, message }] } } };
}

export function requestFingerprint(method: string, route: string, rawBody: Buffer | undefined): string {
  return createHash('sha256').update(`${method} ${route}\n`).update(rawBody ?? Buffer.alloc(0)).digest('hex');
}

/**
 * Claims `header` for `scope` (the API key): run the request, replay the stored answer, or
 * refuse (the key was used for another request, or its first request is still running).
 */
export async function claimIdempotencyKey(db: Firestore, scope: string, header: string, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
  if (header.length === 0 || header.length > maxKeyLength) {
    return refusal(400, 'invalid_idempotency_key', `Idempotency-Key must be 1 to ${maxKeyLength} characters`);
  }
  const ref = db.collection('idempotencyKeys').doc(createHash('sha256').update(`${scope}\n${header}`).digest('hex'));
  const outcome = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const data = snapshot.data();
    const expired = data ? (data.expiresAt as { toDate(): Date }).toDate() <= now : true;
    if (data && !expired) {
      if (data.fingerprint !== fingerprint) return 'reused' as const;
      if (data.state === 'done') return { status: data.status as number, body: JSON.parse(data.body as string) as unknown };
      return 'in_progress' as const;
    }
    tx.set(ref, { fingerprint, state: 'pending', createdAt: now, expiresAt: new Date(now.getTime() + idempotencyWindowMs) });
    return 'claimed' as const;
  });
  if (outcome === 'reused') return refusal(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request');
  if (outcome === 'in_progress') return refusal(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still being processed', { 'Retry-After': '1' });
  if (outcome !== 'claimed') return { kind: 'replay', response: { status: outcome.status, body: outcome.body, headers: { 'Idempotent-Replayed': 'true' } } };
  return {
    kind: 'run',
    // Server errors are not remembered: the client's retry should run the request again.
    finish: async (response) => {
      if (response.status >= 500) await ref.delete();
      else await ref.update({ state: 'done', status: response.status, body: JSON.stringify(response.body ?? null) });
    },
    abandon: async () => {
      await ref.delete();
    },
  };
}
