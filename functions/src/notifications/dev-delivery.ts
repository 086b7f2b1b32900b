// Local stand-in for the Trigger Email extension: processes `mail` documents the way the
// extension does (claim in a transaction, PENDING → PROCESSING → SUCCESS/ERROR, toUids resolved
// through users/{uid}.email) but sends nothing; the dev mailbox shows what would have gone out.
// In production the extension is installed and this never acts.
import { mailSchema, type Mail } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';

/** How long a claim holds: a run that dies while PROCESSING is taken over after this. */
export const leaseSeconds = 60;

/** MAIL_DELIVERY=dev-mailbox turns it on; unset, only on the emulator (where the extension is absent). */
export function devDeliveryEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (env.MAIL_DELIVERY !== undefined && env.MAIL_DELIVERY !== '') return env.MAIL_DELIVERY === 'dev-mailbox';
  return env.FUNCTIONS_EMULATOR === 'true';
}

export type Delivery = NonNullable<Mail['delivery']>;

export type ClaimDecision = { claim: true; attempts: number } | { claim: false; reason: 'done' | 'in_progress' };

/** Whether a run may take the mail: new or PENDING, or PROCESSING whose lease ran out. Pure. */
export function claimDecision(delivery: Partial<Delivery> | null | undefined, now: Date): ClaimDecision {
  const attempts = typeof delivery?.attempts === 'number' ? delivery.attempts : 0;
  const state = delivery?.state;
  if (state === undefined || state === 'PENDING') return { claim: true, attempts: attempts + 1 };
  if (state === 'PROCESSING') {
    const lease = delivery?.leaseExpireTime;
    return lease && lease.getTime() > now.getTime() ? { claim: false, reason: 'in_progress' } : { claim: true, attempts: attempts + 1 };
  }
  return { claim: false, reason: 'done' };
}

export function processingDelivery(attempts: number, now: Date): Delivery {
  return {
    state: 'PROCESSING',
    attempts,
    error: null,
    startTime: now,
    endTime: null,
    leaseExpireTime: new Date(now.getTime() + leaseSeconds * 1000),
    info: null,
  };
}

/** The end state of a claimed delivery: every recipient resolved → SUCCESS, else ERROR. Pure. */
export function finishedDelivery(claimed: Delivery, resolution: Resolution, now: Date): Delivery {
  const base = { ...claimed, endTime: now, leaseExpireTime: null };
  if (resolution.error) return { ...base, state: 'ERROR', error: resolution.error, info: null };
  return { ...base, state: 'SUCCESS', error: null, info: { accepted: resolution.addresses, rejected: [] } };
}

export interface Resolution {
  addresses: string[];
  error: string | null;
}

/** `to` plus the addresses of `toUids`; a uid without an account or address fails the mail (by uid, never by address). */
export function resolveRecipients(mail: Pick<Mail, 'to' | 'toUids'>, emailsByUid: ReadonlyMap<string, string | null>): Resolution {
  const addresses = [...(mail.to ?? [])];
  const unresolved: string[] = [];
  for (const uid of mail.toUids ?? []) {
    const email = emailsByUid.get(uid);
    if (email) addresses.push(email);
    else unresolved.push(uid);
  }
  if (unresolved.length > 0) return { addresses: [], error: `no e-mail address for recipient uid(s): ${unresolved.join(', ')}` };
  return { addresses: [...new Set(addresses)], error: null };
}

export type DevDeliveryOutcome = 'missing' | 'skipped' | 'invalid' | 'lost_claim' | 'SUCCESS' | 'ERROR';

/** Processes `mail/{mailId}` once; every later call (a re-delivered event, our own writes) does nothing. */
export async function deliverDevMail(db: Firestore, mailId: string, now: () => Date): Promise<DevDeliveryOutcome> {
  const ref = db.collection('mail').doc(mailId);
  const claimed = await db.runTransaction(async (tx): Promise<{ mail: Mail; delivery: Delivery } | DevDeliveryOutcome> => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) return 'missing';
    const data = fromFirestoreData(snapshot.data()) as Record<string, unknown>;
    const at = now();
    const decision = claimDecision(data.delivery as Partial<Delivery> | undefined, at);
    if (!decision.claim) return 'skipped';
    const parsed = mailSchema.safeParse(data);
    if (!parsed.success) {
      tx.update(ref, { delivery: { ...processingDelivery(decision.attempts, at), state: 'ERROR', error: 'invalid mail document', endTime: at, leaseExpireTime: null } });
      return 'invalid';
    }
    const delivery = processingDelivery(decision.attempts, at);
    tx.update(ref, { delivery });
    return { mail: parsed.data, delivery };
  });
  if (typeof claimed === 'string') {
    if (claimed === 'invalid') logEvent('mail.dev_delivery', { mailId, state: 'ERROR', reason: 'invalid' });
    return claimed;
  }

  const uids = [...new Set(claimed.mail.toUids ?? [])];
  const users = uids.length > 0 ? await db.getAll(...uids.map((uid) => db.collection('users').doc(uid))) : [];
  const emails = new Map(users.map((user) => [user.id, user.exists ? ((user.get('email') as string | undefined) ?? null) : null] as const));
  const resolution = resolveRecipients(claimed.mail, emails);

  const outcome = await db.runTransaction(async (tx): Promise<DevDeliveryOutcome> => {
    const snapshot = await tx.get(ref);
    const current = fromFirestoreData(snapshot.get('delivery')) as Partial<Delivery> | undefined;
    // Another run took over after our lease expired: its result stands.
    if (current?.state !== 'PROCESSING' || current.attempts !== claimed.delivery.attempts) return 'lost_claim';
    const finished = finishedDelivery(claimed.delivery, resolution, now());
    tx.update(ref, { delivery: finished });
    return finished.state === 'SUCCESS' ? 'SUCCESS' : 'ERROR';
  });
  logEvent('mail.dev_delivery', { mailId, state: outcome, recipients: resolution.addresses.length, attempts: claimed.delivery.attempts });
  return outcome;
}
