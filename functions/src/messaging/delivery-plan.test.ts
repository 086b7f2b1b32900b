import type { AuditEntry, Message, Thread, ThreadParticipant } from '@koers/domain';
import { auditEntrySchema } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { amsterdamDay, auditId, planDelivery } from './delivery-plan.js';

const created = new Date('2026-12-01T09:00:00Z');
const participant = (name: string, role: ThreadParticipant['role']): ThreadParticipant => ({ name, role, organisationName: null, addedAt: created, addedBy: 'thomas', history: 'all' });

function thread(overrides: Partial<Thread> = {}): Thread {
  return {
    title: 'Kennismaking De Klimop',
    regionId: 'nijmegen',
    candidateId: 'sanne',
    includesCandidate: true,
    participantUids: ['thomas', 'ingrid', 'sanne-uid'],
    participants: { thomas: participant('Thomas Jansen', 'adviser'), ingrid: participant('Ingrid de Boer', 'hr'), 'sanne-uid': participant('Sanne de Vries', 'candidate') },
    visibleFrom: {},
    createdBy: 'thomas',
    createdAt: created,
    lastActivityAt: created,
    lastMessage: null,
    messageCount: 0,
    unread: { thomas: 0, ingrid: 0, 'sanne-uid': 2 },
    readAt: {},
    ...overrides,
  };
}

function message(overrides: Partial<Message> = {}): Message {
  return { kind: 'text', authorUid: 'thomas', authorName: 'Thomas Jansen', text: 'Hoi allebei', mentions: [], createdAt: new Date('2026-12-01T10:00:00Z'), editedAt: null, deleted: false, deliveredAt: null, event: null, ...overrides };
}

const input = (overrides: Partial<Parameters<typeof planDelivery>[0]> = {}) => ({ threadId: 't1', messageId: 'm1', thread: thread(), message: message(), existingAudit: null, appUrl: 'https://koers.example.nl', ...overrides });

describe('planDelivery', () => {
  it('counts the message as unread for everyone but the author and makes it the last message', () => {
    const plan = planDelivery(input());
    expect(plan.thread.unread).toEqual({ thomas: 0, ingrid: 1, 'sanne-uid': 3 });
    expect(plan.thread.messageCount).toBe(1);
    expect(plan.thread.lastMessage).toEqual({ authorName: 'Thomas Jansen', preview: 'Hoi allebei', at: message().createdAt });
    expect(plan.thread.lastActivityAt).toEqual(message().createdAt);
  });

  it('mails a message notification only to those who had nothing unread, with the link for their role', () => {
    const { notifications } = planDelivery(input());
    expect(notifications.map(({ uid, id, mailNow, draft }) => ({ uid, id, mailNow, link: draft.link, kind: draft.kind }))).toEqual([
      { uid: 'ingrid', id: 'message-t1', mailNow: true, link: '/berichten/t1', kind: 'message' },
      { uid: 'sanne-uid', id: 'message-t1', mailNow: false, link: '/mijn/berichten/t1', kind: 'message' },
    ]);
  });

  it('gives a mentioned participant a mention notification instead of the message notification', () => {
    const { notifications } = planDelivery(input({ message: message({ mentions: ['ingrid'] }) }));
    expect(notifications.find((item) => item.uid === 'ingrid')).toMatchObject({ id: 'mention-m1', mailNow: true, draft: { kind: 'mention', title: 'Thomas noemde je in ‘Kennismaking De Klimop’' } });
    expect(notifications.find((item) => item.uid === 'sanne-uid')?.draft.kind).toBe('message');
  });

  it('keeps a newer last message when an older one is delivered late', () => {
    const newer = { authorName: 'Ingrid de Boer', preview: 'Later', at: new Date('2026-12-01T11:00:00Z') };
    const plan = planDelivery(input({ thread: thread({ lastMessage: newer, lastActivityAt: newer.at, messageCount: 4 }) }));
    expect(plan.thread.lastMessage).toEqual(newer);
    expect(plan.thread.lastActivityAt).toEqual(newer.at);
    expect(plan.thread.messageCount).toBe(5);
  });

  it('starts the day’s timeline entry for a candidate thread without any message text', () => {
    const { audit } = planDelivery(input());
    expect(audit?.id).toBe('thread-t1-2026-12-01');
    expect(auditEntrySchema.parse(audit?.entry)).toEqual({
      action: 'message',
      actor: 'thomas',
      at: message().createdAt,
      changedFields: ['messages'],
      from: null,
      to: { threadId: 't1', title: 'Kennismaking De Klimop', count: 1, authorNames: ['Thomas'], includesCandidate: true },
    });
    expect(JSON.stringify(audit)).not.toContain('Hoi allebei');
  });

  it('adds to the day’s entry: one more message, each author once', () => {
    const existing: AuditEntry = { action: 'message', actor: 'ingrid', at: new Date('2026-12-01T09:30:00Z'), changedFields: ['messages'], from: null, to: { threadId: 't1', title: 'x', count: 2, authorNames: ['Ingrid', 'Thomas'], includesCandidate: true } };
    const { audit } = planDelivery(input({ existingAudit: existing }));
    expect(audit?.entry).toMatchObject({ actor: 'thomas', at: message().createdAt, to: { count: 3, authorNames: ['Ingrid', 'Thomas'] } });
  });

  it('keeps no timeline entry for a general thread', () => {
    expect(planDelivery(input({ thread: thread({ candidateId: null, includesCandidate: false }) })).audit).toBeNull();
  });
});

describe('the timeline day', () => {
  it('is the calendar day in the Netherlands, not in UTC', () => {
    expect(amsterdamDay(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(amsterdamDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(auditId('t1', new Date('2026-07-01T22:00:00Z'))).toBe('thread-t1-2026-07-02');
  });
});
