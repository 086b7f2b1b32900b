// One way to tell someone something: an in-app notification (the bell) and, as the person
// chose per kind (users/{uid}.notificationPreferences), an e-mail now, in the daily digest, or
// none. Callers read the recipients inside their transaction (reads before writes) and then
// write each notification with a deterministic id, so a re-delivered trigger writes the same
// documents again instead of new ones.
import { deliveryFor, notificationPreferencesSchema, type NotificationKind, type NotificationPreferences, type Notification } from '@koers/domain';
import type { DocumentData, DocumentReference, DocumentSnapshot, Firestore, SetOptions, Transaction } from 'firebase-admin/firestore';

export interface Recipient {
  uid: string;
  preferences: NotificationPreferences;
  /** False for a uid without an access document (deleted account): no notification then. */
  exists: boolean;
}

export interface NotificationDraft {
  kind: NotificationKind;
  /** Bell text: short, may name first names and titles; never contact data. */
  title: string;
  body: string;
  /** App path (or full URL) the notification opens. */
  link: string;
  /** The e-mail for immediate delivery: no personal data beyond what the title says; the link leads to the app. */
  mail: { subject: string; text: string };
  /** For the mail's meta (no content): the region and candidate the notification is about. */
  regionId: string;
  /** The mail's meta.kind when finer than `notification.{kind}` (e.g. 'match.introduced'). */
  mailKind?: string;
  candidateId: string | null;
}

export interface WriteOptions {
  /**
   * False to skip the immediate e-mail this time (a message notification only mails when a
   * thread had nothing unread for the person). The digest still lists it.
   */
  mailNow?: boolean;
}

/**
 * What the notification is written with: the caller's transaction, or a batch where the caller
 * writes without one (the intake creates its dossier in a batch).
 */
export interface NotificationWriter {
  set(documentRef: DocumentReference, data: DocumentData, options: SetOptions): unknown;
  set(documentRef: DocumentReference, data: DocumentData): unknown;
}

function userRef(db: Firestore, uid: string): DocumentReference {
  return db.collection('users').doc(uid);
}

function recipientOf(snapshot: DocumentSnapshot): Recipient {
  const parsed = notificationPreferencesSchema.safeParse(snapshot.get('notificationPreferences') ?? {});
  return { uid: snapshot.id, preferences: parsed.success ? parsed.data : {}, exists: snapshot.exists };
}

/** Reads the recipients' preferences in the transaction. Unknown uids come back with exists: false. */
export async function readRecipients(tx: Transaction, db: Firestore, uids: readonly string[]): Promise<Map<string, Recipient>> {
  const unique = [...new Set(uids)];
  const recipients = new Map<string, Recipient>();
  if (unique.length === 0) return recipients;
  const snapshots = await tx.getAll(...unique.map((uid) => userRef(db, uid)));
  for (const snapshot of snapshots) recipients.set(snapshot.id, recipientOf(snapshot));
  return recipients;
}

/** The same, outside a transaction: for callers that write in a batch. */
export async function readRecipientsNow(db: Firestore, uids: readonly string[]): Promise<Map<string, Recipient>> {
  const unique = [...new Set(uids)];
  const recipients = new Map<string, Recipient>();
  if (unique.length === 0) return recipients;
  for (const snapshot of await db.getAll(...unique.map((uid) => userRef(db, uid)))) recipients.set(snapshot.id, recipientOf(snapshot));
  return recipients;
}

/** The notification document and, if any, the mail document for one recipient. Pure. */
export function notificationDocuments(
  recipient: Recipient,
  draft: NotificationDraft,
  now: Date,
  options: WriteOptions = {},
): { notification: Notification; mail: Record<string, unknown> | null } {
  const mode = deliveryFor(recipient.preferences, draft.kind);
  const mailNow = mode === 'immediate' && options.mailNow !== false;
  const notification: Notification = {
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    link: draft.link,
    read: false,
    createdAt: now,
    email: mode === 'daily' ? 'digest_pending' : mailNow ? 'immediate' : 'none',
  };
  const mail = mailNow
    ? {
        toUids: [recipient.uid],
        message: { subject: draft.mail.subject, text: draft.mail.text },
        meta: { kind: draft.mailKind ?? `notification.${draft.kind}`, regionId: draft.regionId, candidateId: draft.candidateId, createdAt: now },
      }
    : null;
  return { notification, mail };
}

/**
 * Writes `users/{uid}/notifications/{id}` and, for immediate e-mail, `mail/{notification-uid-id}`.
 * The same id overwrites: a later message in the same thread refreshes one notification
 * (unread again) rather than piling up.
 */
export function writeNotification(
  tx: NotificationWriter,
  db: Firestore,
  recipient: Recipient,
  id: string,
  draft: NotificationDraft,
  now: Date,
  options: WriteOptions = {},
): void {
  if (!recipient.exists) return;
  const { notification, mail } = notificationDocuments(recipient, draft, now, options);
  tx.set(userRef(db, recipient.uid).collection('notifications').doc(id), notification);
  // Merge: a re-delivered trigger rewrites the same content but keeps `delivery`, so a mail
  // already sent is not sent again.
  if (mail) tx.set(db.collection('mail').doc(mailId(recipient.uid, id, now)), mail, { merge: true });
}

/** One mail per notification and moment. Pass the event's time as `now`, so a re-delivered trigger hits the same id. */
export function mailId(uid: string, notificationId: string, now: Date): string {
  return `n-${uid}-${notificationId}-${now.getTime()}`.slice(0, 1400);
}
