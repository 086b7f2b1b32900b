// Delivering a message once (onMessageCreated runs at least once): one transaction reads the
// message, and when it has no deliveredAt yet counts it for the others, updates the thread,
// notifies and keeps the dossier's timeline entry — then stamps deliveredAt, so a
// re-delivered event changes nothing.
import { auditEntrySchema, messageSchema, threadSchema } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent, logWarning } from '../lib/log.js';
import { appUrl } from '../matching/app-url.js';
import { readRecipients, writeNotification } from '../notifications/notify.js';
import { auditId, planDelivery } from './delivery-plan.js';
import { previewOf } from './texts.js';

export type DeliveryOutcome = 'delivered' | 'already_delivered' | 'not_text' | 'missing';

export async function deliverMessage(db: Firestore, threadId: string, messageId: string, now: Date): Promise<DeliveryOutcome> {
  const threadRef = db.collection('threads').doc(threadId);
  const messageRef = threadRef.collection('messages').doc(messageId);
  const outcome = await db.runTransaction(async (tx): Promise<DeliveryOutcome> => {
    const [messageSnap, threadSnap] = await Promise.all([tx.get(messageRef), tx.get(threadRef)]);
    if (!messageSnap.exists || !threadSnap.exists) return 'missing';
    const message = messageSchema.parse(fromFirestoreData(messageSnap.data()));
    if (message.deliveredAt) return 'already_delivered';
    if (message.kind !== 'text') return 'not_text';
    const thread = threadSchema.parse(fromFirestoreData(threadSnap.data()));

    const auditRef = thread.candidateId ? db.collection('candidates').doc(thread.candidateId).collection('audit').doc(auditId(threadId, message.createdAt)) : null;
    const auditSnap = auditRef ? await tx.get(auditRef) : null;
    const existingAudit = auditSnap?.exists ? auditEntrySchema.parse(fromFirestoreData(auditSnap.data())) : null;
    const plan = planDelivery({ threadId, messageId, thread, message, existingAudit, appUrl: appUrl() });
    const recipients = await readRecipients(tx, db, plan.notifications.map((item) => item.uid));

    tx.update(threadRef, plan.thread);
    tx.update(messageRef, { deliveredAt: now });
    for (const item of plan.notifications) {
      const recipient = recipients.get(item.uid);
      // The message's own time as `now`: a re-run writes the same notification and mail ids.
      if (recipient) writeNotification(tx, db, recipient, item.id, item.draft, message.createdAt, { mailNow: item.mailNow });
    }
    if (auditRef && plan.audit) tx.set(auditRef, plan.audit.entry);
    return 'delivered';
  });
  if (outcome === 'missing') logWarning('messaging.deliver.missing', { threadId, messageId });
  else logEvent('messaging.deliver', { threadId, messageId, outcome });
  return outcome;
}

/**
 * An edited or deleted message that is the thread's last one: the thread list shows its new
 * start ('' once deleted). Comparing by time makes a re-run harmless.
 */
export async function refreshLastMessage(db: Firestore, threadId: string, messageId: string): Promise<boolean> {
  const threadRef = db.collection('threads').doc(threadId);
  const messageRef = threadRef.collection('messages').doc(messageId);
  return db.runTransaction(async (tx) => {
    const [messageSnap, threadSnap] = await Promise.all([tx.get(messageRef), tx.get(threadRef)]);
    if (!messageSnap.exists || !threadSnap.exists) return false;
    const message = messageSchema.parse(fromFirestoreData(messageSnap.data()));
    const thread = threadSchema.parse(fromFirestoreData(threadSnap.data()));
    const last = thread.lastMessage;
    if (message.kind !== 'text' || !last || last.at.getTime() !== message.createdAt.getTime()) return false;
    const preview = previewOf(message.text, message.deleted);
    if (preview === last.preview) return false;
    tx.update(threadRef, { lastMessage: { ...last, preview } });
    return true;
  });
}
