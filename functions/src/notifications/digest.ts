// The daily digest: one mail per person listing the notifications they chose to hear of once a
// day (email 'digest_pending'). The mail id carries the person and the Dutch date and is created
// only if absent, in the same transaction that marks the listed notifications 'digest_sent', so
// a second run the same day mails nobody twice and no notification is listed twice.
import { dutchDate, mailSchema, type Mail } from '@koers/domain';
import type { DocumentReference, Firestore, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import { appUrl } from '../matching/app-url.js';

/** Listed per mail; the rest waits for the next digest (keeps a transaction far below 500 writes). */
export const maxPerDigest = 300;
/** Writes per batch when closing notifications outside a digest. */
export const batchSize = 400;
const pageSize = 1000;

export interface PendingNotification {
  uid: string;
  id: string;
  title: string;
  link: string;
  read: boolean;
  createdAt: Date;
}

export function digestMailId(uid: string, now: Date): string {
  return `digest-${uid}-${dutchDate(now)}`;
}

/** A pending notification from its snapshot, or null when it is not a user's notification. */
export function pendingOf(snapshot: QueryDocumentSnapshot): PendingNotification | null {
  const user = snapshot.ref.parent.parent;
  if (!user || user.parent.id !== 'users' || user.parent.parent !== null) return null;
  const data = fromFirestoreData(snapshot.data()) as Record<string, unknown>;
  return {
    uid: user.id,
    id: snapshot.id,
    title: typeof data.title === 'string' ? data.title : '',
    link: typeof data.link === 'string' ? data.link : '',
    read: data.read === true,
    createdAt: data.createdAt instanceof Date ? data.createdAt : new Date(0),
  };
}

/** Unread pending notifications per person, oldest first; read ones apart (they never mail). Pure. */
export function groupPending(items: readonly PendingNotification[]): { perUser: Map<string, PendingNotification[]>; read: PendingNotification[] } {
  const perUser = new Map<string, PendingNotification[]>();
  const read: PendingNotification[] = [];
  for (const item of items) {
    if (item.read) {
      read.push(item);
      continue;
    }
    const list = perUser.get(item.uid) ?? [];
    list.push(item);
    perUser.set(item.uid, list);
  }
  for (const list of perUser.values()) list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return { perUser, read };
}

function absolute(base: string, link: string): string {
  if (/^https?:\/\//.test(link)) return link;
  return `${base.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/** The digest mail: titles and app links only (titles may name a first name; never contact data). Pure. */
export function digestMail(uid: string, items: readonly Pick<PendingNotification, 'title' | 'link'>[], base: string, now: Date): Mail {
  const count = items.length;
  const lines = items.map((item) => `- ${item.title}\n  ${absolute(base, item.link)}`);
  const text = [
    count === 1 ? 'Er is 1 nieuwe melding voor je in Koers:' : `Er zijn ${count} nieuwe meldingen voor je in Koers:`,
    lines.join('\n'),
    `Je krijgt dit dagelijkse overzicht omdat je dat voor deze meldingen hebt gekozen. Wijzigen kan in Koers: ${absolute(base, '/instellingen/meldingen')}`,
  ].join('\n\n');
  return mailSchema.parse({
    toUids: [uid],
    message: { subject: `Je dagelijkse overzicht van Koers (${count} ${count === 1 ? 'melding' : 'meldingen'})`, text },
    // A digest spans regions: no region, no candidate.
    meta: { kind: 'notification.digest', regionId: '', candidateId: null, createdAt: now },
  });
}

export interface DigestResult {
  /** People who got a digest mail in this run. */
  mailed: number;
  /** Notifications listed in those mails. */
  listed: number;
  /** Pending notifications already read (or of a deleted account): closed without mail. */
  closed: number;
  /** People who already had today's digest: their new notifications wait for tomorrow. */
  deferred: number;
}

async function allPending(db: Firestore): Promise<QueryDocumentSnapshot[]> {
  const query = db.collectionGroup('notifications').where('email', '==', 'digest_pending');
  const docs: QueryDocumentSnapshot[] = [];
  for (let last: QueryDocumentSnapshot | undefined; ; ) {
    const page = await (last ? query.startAfter(last) : query).limit(pageSize).get();
    docs.push(...page.docs);
    if (page.size < pageSize) return docs;
    last = page.docs[page.docs.length - 1];
  }
}

async function closeWithoutMail(db: Firestore, refs: readonly DocumentReference[]): Promise<void> {
  for (let i = 0; i < refs.length; i += batchSize) {
    const batch = db.batch();
    for (const ref of refs.slice(i, i + batchSize)) batch.update(ref, { email: 'none' });
    await batch.commit();
  }
}

type UserOutcome = { kind: 'mailed'; listed: number; closed: number } | { kind: 'deferred' | 'nothing'; closed: number };

async function digestForUser(db: Firestore, uid: string, items: readonly PendingNotification[], now: Date, base: string): Promise<UserOutcome> {
  const userRef = db.collection('users').doc(uid);
  const mailRef = db.collection('mail').doc(digestMailId(uid, now));
  const refs = items.slice(0, maxPerDigest).map((item) => userRef.collection('notifications').doc(item.id));
  return db.runTransaction(async (tx): Promise<UserOutcome> => {
    const [mailSnap, userSnap, ...current] = await tx.getAll(mailRef, userRef, ...refs);
    if (mailSnap!.exists) return { kind: 'deferred', closed: 0 };
    // Read again inside the transaction: one may have been read or digested since the query.
    const still = current.filter((snapshot) => snapshot.exists && snapshot.get('email') === 'digest_pending');
    const unread = userSnap!.exists ? still.filter((snapshot) => snapshot.get('read') !== true) : [];
    const close = still.filter((snapshot) => !unread.includes(snapshot));
    for (const snapshot of close) tx.update(snapshot.ref, { email: 'none' });
    if (unread.length === 0) return { kind: 'nothing', closed: close.length };
    const listed = unread.map((snapshot) => ({ title: String(snapshot.get('title') ?? ''), link: String(snapshot.get('link') ?? '') }));
    tx.create(mailRef, digestMail(uid, listed, base, now));
    for (const snapshot of unread) tx.update(snapshot.ref, { email: 'digest_sent' });
    return { kind: 'mailed', listed: unread.length, closed: close.length };
  });
}

/** Sends today's digests. Safe to run again: see the file comment. */
export async function runDigest(db: Firestore, now: Date): Promise<DigestResult> {
  const pending = (await allPending(db)).flatMap((snapshot) => pendingOf(snapshot) ?? []);
  const { perUser, read } = groupPending(pending);
  await closeWithoutMail(
    db,
    read.map((item) => db.collection('users').doc(item.uid).collection('notifications').doc(item.id)),
  );
  const result: DigestResult = { mailed: 0, listed: 0, closed: read.length, deferred: 0 };
  const base = appUrl();
  for (const [uid, items] of perUser) {
    const outcome = await digestForUser(db, uid, items, now, base);
    result.closed += outcome.closed;
    if (outcome.kind === 'mailed') {
      result.mailed += 1;
      result.listed += outcome.listed;
    } else if (outcome.kind === 'deferred') result.deferred += 1;
  }
  logEvent('notifications.digest', { date: dutchDate(now), ...result });
  return result;
}
