// What delivering one message changes: the others' unread counts, the thread's last message,
// who is told how, and the dossier's timeline entry. Pure: deliver.ts reads the documents in a
// transaction and writes what this returns.
import type { AuditEntry, Message, Thread } from '@koers/domain';
import type { NotificationDraft } from '../notifications/notify.js';
import { shortName } from './eligibility.js';
import { mentionDraft, messageDraft, previewOf } from './texts.js';

export interface DeliveryInput {
  threadId: string;
  messageId: string;
  thread: Thread;
  message: Message;
  /** The timeline entry of the message's day, if the thread already has one. */
  existingAudit: AuditEntry | null;
  appUrl: string;
}

export interface PlannedNotification {
  uid: string;
  /** `mention-{messageId}` (one per mention) or `message-{threadId}` (one per thread, overwritten). */
  id: string;
  draft: NotificationDraft;
  /** E-mail now only when the thread had nothing unread for them: one mail per waiting thread. */
  mailNow: boolean;
}

export interface DeliveryPlan {
  thread: Pick<Thread, 'unread' | 'lastMessage' | 'lastActivityAt' | 'messageCount'>;
  notifications: PlannedNotification[];
  audit: { id: string; entry: AuditEntry } | null;
}

/** The calendar day in the Netherlands ("2026-12-01"): a thread shows once per day in the timeline. */
export function amsterdamDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function auditId(threadId: string, at: Date): string {
  return `thread-${threadId}-${amsterdamDay(at)}`;
}

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The collapsed timeline entry: how many messages that day and by whom, never what they say. */
export function auditEntryFor(input: Pick<DeliveryInput, 'threadId' | 'thread' | 'message' | 'existingAudit'>): AuditEntry {
  const { thread, message, existingAudit } = input;
  const before = existingAudit?.to ?? null;
  const count = typeof before?.count === 'number' ? before.count : 0;
  const names = Array.isArray(before?.authorNames) ? before.authorNames.filter((name): name is string => typeof name === 'string') : [];
  return {
    action: 'message',
    actor: message.authorUid,
    at: existingAudit ? later(existingAudit.at, message.createdAt) : message.createdAt,
    changedFields: ['messages'],
    from: null,
    to: {
      threadId: input.threadId,
      title: thread.title,
      count: count + 1,
      authorNames: [...new Set([...names, shortName(message.authorName)])],
      includesCandidate: thread.includesCandidate,
    },
  };
}

export function planDelivery(input: DeliveryInput): DeliveryPlan {
  const { thread, message, threadId } = input;
  const others = thread.participantUids.filter((uid) => uid !== message.authorUid && thread.participants[uid]);
  const unread = { ...thread.unread };
  const notifications: PlannedNotification[] = [];
  for (const uid of others) {
    const before = thread.unread[uid] ?? 0;
    unread[uid] = before + 1;
    const about = { threadId, title: thread.title, regionId: thread.regionId, candidateId: thread.candidateId, role: thread.participants[uid]!.role, appUrl: input.appUrl };
    notifications.push(
      message.mentions.includes(uid)
        ? { uid, id: `mention-${input.messageId}`, draft: mentionDraft(message.authorName, about), mailNow: true }
        : { uid, id: `message-${threadId}`, draft: messageDraft(message.authorName, about), mailNow: before === 0 },
    );
  }
  // A retried older message must not replace a newer one as the thread's last message.
  const isLatest = !thread.lastMessage || message.createdAt.getTime() >= thread.lastMessage.at.getTime();
  return {
    thread: {
      unread,
      lastMessage: isLatest ? { authorName: message.authorName, preview: previewOf(message.text, message.deleted), at: message.createdAt } : thread.lastMessage,
      lastActivityAt: later(thread.lastActivityAt, message.createdAt),
      messageCount: thread.messageCount + 1,
    },
    notifications,
    audit: thread.candidateId ? { id: auditId(threadId, message.createdAt), entry: auditEntryFor(input) } : null,
  };
}
