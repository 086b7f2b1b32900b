// Notifications end to end on the emulators: delivery preferences (in the app, a mail now, the
// daily digest), the dev mail delivery that stands in for the Trigger Email extension, the dev
// mailbox endpoint, and task assignment notices.
import { mailSchema, notificationSchema, userAccessSchema, type NotificationPreferences, type Task } from '@koers/domain';
import { doc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDevMail } from '../../functions/src/notifications/dev-delivery.js';
import { digestMailId, runDigest } from '../../functions/src/notifications/digest.js';
import { mailId, readRecipients, writeNotification, type NotificationDraft } from '../../functions/src/notifications/notify.js';
import { applyTaskChange, taskNotificationId } from '../../functions/src/notifications/task-notifications.js';
import { adminDb, clearEmulators, createAccount, createRegion, giveRoles, plain, signIn, waitFor, type Client } from './helpers.js';

const origin = process.env.KOERS_FUNCTIONS_ORIGIN!;
const region = 'nijmegen';
const emails = {
  eva: 'eva@notify.example.nl',
  bram: 'bram@notify.example.nl',
  noor: 'noor@notify.example.nl',
  daan: 'daan@notify.example.nl',
};
const uids: Record<keyof typeof emails, string> = { eva: '', bram: '', noor: '', daan: '' };
let noor: Client;

const draft = (title: string): NotificationDraft => ({
  kind: 'task',
  title,
  body: 'Test',
  link: '/taken',
  mail: { subject: title, text: `${title}: bekijk Koers` },
  regionId: region,
  candidateId: null,
});

async function notifyNow(uid: string, id: string, now: Date): Promise<void> {
  await adminDb.runTransaction(async (tx) => {
    const recipient = (await readRecipients(tx, adminDb, [uid])).get(uid)!;
    writeNotification(tx, adminDb, recipient, id, draft(`Melding ${id}`), now);
  });
}

const notification = async (uid: string, id: string) => notificationSchema.parse(plain((await adminDb.doc(`users/${uid}/notifications/${id}`).get()).data()));

async function deliveredMail(id: string, state: 'SUCCESS' | 'ERROR' = 'SUCCESS') {
  return waitFor(async () => {
    const snapshot = await adminDb.doc(`mail/${id}`).get();
    return snapshot.get('delivery.state') === state ? mailSchema.parse(plain(snapshot.data())) : null;
  }, `mail ${id} in state ${state}`);
}

function task(overrides: Partial<Task> = {}): Task {
  const at = new Date();
  return {
    title: 'Bel Sanne terug',
    candidateId: null,
    assigneeUid: uids.bram,
    dueDate: '2026-12-03',
    done: false,
    doneAt: null,
    createdAt: at,
    createdBy: uids.eva,
    updatedAt: at,
    updatedBy: uids.eva,
    ...overrides,
  };
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion(region);
  for (const name of Object.keys(emails) as (keyof typeof emails)[]) {
    uids[name] = await createAccount(emails[name]);
    await giveRoles(uids[name], [{ kind: 'region', regionId: region, role: 'adviser' }]);
  }
  noor = await signIn(emails.noor);
});

afterAll(async () => {
  await noor?.close();
});

describe('delivery preferences', () => {
  const now = new Date('2026-12-01T06:00:00Z');

  beforeAll(async () => {
    // eva keeps the default (a mail at once); bram wants the bell only; daan a daily digest.
    await adminDb.doc(`users/${uids.bram}`).update({ notificationPreferences: { task: 'in_app' } satisfies NotificationPreferences });
    await adminDb.doc(`users/${uids.daan}`).update({ notificationPreferences: { task: 'daily' } satisfies NotificationPreferences });
    for (const name of ['eva', 'bram', 'daan'] as const) await notifyNow(uids[name], 'pref-1', now);
  });

  it('immediate: the notification and a mail to the person by uid', async () => {
    expect(await notification(uids.eva, 'pref-1')).toMatchObject({ kind: 'task', email: 'immediate', read: false });
    const mail = await deliveredMail(mailId(uids.eva, 'pref-1', now));
    expect(mail.toUids).toEqual([uids.eva]);
    expect(mail.delivery?.info?.accepted).toEqual([emails.eva]);
  });

  it('in_app: the notification only, no mail', async () => {
    expect(await notification(uids.bram, 'pref-1')).toMatchObject({ email: 'none' });
    expect((await adminDb.doc(`mail/${mailId(uids.bram, 'pref-1', now)}`).get()).exists).toBe(false);
  });

  it('daily: pending until the digest, then one digest mail however often the digest runs that day', async () => {
    expect(await notification(uids.daan, 'pref-1')).toMatchObject({ email: 'digest_pending' });
    expect((await adminDb.doc(`mail/${mailId(uids.daan, 'pref-1', now)}`).get()).exists).toBe(false);
    await notifyNow(uids.daan, 'pref-2', new Date(now.getTime() + 1000));
    // A pending notification already read in the app never mails.
    await notifyNow(uids.daan, 'pref-read', new Date(now.getTime() + 2000));
    await adminDb.doc(`users/${uids.daan}/notifications/pref-read`).update({ read: true });

    const digestAt = new Date('2026-12-01T06:30:00Z');
    const first = await runDigest(adminDb, digestAt);
    expect(first).toMatchObject({ mailed: 1, listed: 2, closed: 1 });
    const mail = await deliveredMail(digestMailId(uids.daan, digestAt));
    expect(digestMailId(uids.daan, digestAt)).toBe(`digest-${uids.daan}-2026-12-01`);
    expect(mail.toUids).toEqual([uids.daan]);
    expect(mail.message.text).toContain('Melding pref-1');
    expect(mail.message.text).toContain('Melding pref-2');
    expect(mail.message.text).not.toContain('Melding pref-read');
    expect(mail.delivery?.info?.accepted).toEqual([emails.daan]);
    expect((await notification(uids.daan, 'pref-1')).email).toBe('digest_sent');
    expect((await notification(uids.daan, 'pref-read')).email).toBe('none');

    // Later the same day: a new notification waits for tomorrow; nothing is mailed twice.
    await notifyNow(uids.daan, 'pref-3', new Date(now.getTime() + 3000));
    const second = await runDigest(adminDb, new Date('2026-12-01T15:00:00Z'));
    expect(second).toMatchObject({ mailed: 0, deferred: 1 });
    const digests = await adminDb.collection('mail').where('meta.kind', '==', 'notification.digest').get();
    expect(digests.docs.map((entry) => entry.id)).toEqual([`digest-${uids.daan}-2026-12-01`]);
    expect((await notification(uids.daan, 'pref-3')).email).toBe('digest_pending');

    const nextDay = await runDigest(adminDb, new Date('2026-12-02T06:30:00Z'));
    expect(nextDay).toMatchObject({ mailed: 1, listed: 1 });
    const tomorrow = mailSchema.parse(plain((await adminDb.doc(`mail/digest-${uids.daan}-2026-12-02`).get()).data()));
    expect(tomorrow.message.text).toContain('Melding pref-3');
    expect(tomorrow.message.text).not.toContain('Melding pref-1');
  });
});

describe('a person’s own preferences', () => {
  it('a user sets their notification preferences through the client SDK, in the app’s shape', async () => {
    const preferences: NotificationPreferences = { message: 'in_app', task: 'daily', match: 'immediate' };
    await updateDoc(doc(noor.firestore, 'users', uids.noor), { notificationPreferences: preferences });
    const access = userAccessSchema.parse(plain((await adminDb.doc(`users/${uids.noor}`).get()).data()));
    expect(access.notificationPreferences).toEqual(preferences);
  });

  it('refuses an unknown delivery mode and another person’s preferences', async () => {
    await expect(updateDoc(doc(noor.firestore, 'users', uids.noor), { notificationPreferences: { task: 'weekly' } })).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(updateDoc(doc(noor.firestore, 'users', uids.eva), { notificationPreferences: { task: 'in_app' } })).rejects.toMatchObject({ code: 'permission-denied' });
  });
});

describe('dev mail delivery', () => {
  it('delivers a queued mail: PROCESSING then SUCCESS with the resolved address, once', async () => {
    await adminDb.doc('mail/dev-ok').set({ toUids: [uids.eva], to: ['extern@example.org'], message: { subject: 'Hallo', text: 'Test' } });
    const mail = await deliveredMail('dev-ok');
    expect(mail.delivery).toMatchObject({ state: 'SUCCESS', attempts: 1, error: null, info: { accepted: ['extern@example.org', emails.eva], rejected: [] } });
    expect(mail.delivery?.startTime).toBeInstanceOf(Date);
    expect(mail.delivery?.endTime).toBeInstanceOf(Date);
  });

  it('a recipient without an account fails the mail with ERROR', async () => {
    await adminDb.doc('mail/dev-unknown').set({ toUids: ['no-such-uid'], message: { subject: 'Hallo', text: 'Test' } });
    const mail = await deliveredMail('dev-unknown', 'ERROR');
    expect(mail.delivery?.error).toBe('no e-mail address for recipient uid(s): no-such-uid');
  });

  it('an invalid mail document ends in ERROR', async () => {
    await adminDb.doc('mail/dev-invalid').set({ message: { subject: 'Zonder ontvanger', text: 'Test' } });
    const snapshot = await waitFor(async () => {
      const current = await adminDb.doc('mail/dev-invalid').get();
      return current.get('delivery.state') === 'ERROR' ? current : null;
    }, 'the invalid mail in ERROR');
    expect(snapshot.get('delivery.error')).toBe('invalid mail document');
  });

  it('a later write to a delivered mail, or a second run, sends nothing again', async () => {
    const before = await deliveredMail('dev-ok');
    await adminDb.doc('mail/dev-ok').update({ 'message.subject': 'Hallo opnieuw' });
    expect(await deliverDevMail(adminDb, 'dev-ok', () => new Date())).toBe('skipped');
    // A mail queued after the update is delivered: the trigger has had its turn with the update.
    await adminDb.doc('mail/dev-after').set({ toUids: [uids.eva], message: { subject: 'Daarna', text: 'Test' } });
    await deliveredMail('dev-after');
    const after = await deliveredMail('dev-ok');
    expect(after.delivery?.attempts).toBe(1);
    expect(after.delivery?.endTime).toEqual(before.delivery?.endTime);
  });

  it('GET /api/dev/mail lists what was sent, newest first, with the resolved addresses', async () => {
    const response = await fetch(`${origin}/api/dev/mail`);
    expect(response.status).toBe(200);
    const { mails } = (await response.json()) as { mails: Array<{ id: string; to: string[]; subject: string; state: string; error: string | null; createdAt: string }> };
    const ok = mails.find((entry) => entry.id === 'dev-ok');
    expect(ok).toMatchObject({ to: ['extern@example.org', emails.eva], subject: 'Hallo opnieuw', state: 'SUCCESS', error: null });
    expect(mails.find((entry) => entry.id === 'dev-unknown')).toMatchObject({ state: 'ERROR', to: ['no-such-uid'] });
    const times = mails.map((entry) => entry.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('task assignment', () => {
  it('a task someone else gives you: a task notification and a mail', async () => {
    const ref = adminDb.collection(`regions/${region}/tasks`).doc();
    await ref.set(task({ candidateId: 'cand-1' }));
    const id = taskNotificationId(ref.id, uids.bram);
    const snapshot = await waitFor(async () => {
      const current = await adminDb.doc(`users/${uids.bram}/notifications/${id}`).get();
      return current.exists ? current : null;
    }, 'the task notification');
    const notice = notificationSchema.parse(plain(snapshot.data()));
    // bram hears of tasks in the app only (see the preferences above).
    expect(notice).toMatchObject({ kind: 'task', title: 'Nieuwe taak: Bel Sanne terug', link: '/kandidaten/cand-1', email: 'none' });
  });

  it('mails the assignee who wants e-mail, and names no one else', async () => {
    const ref = adminDb.collection(`regions/${region}/tasks`).doc();
    await ref.set(task({ assigneeUid: uids.eva, createdBy: uids.bram, updatedBy: uids.bram }));
    const id = taskNotificationId(ref.id, uids.eva);
    const notice = await waitFor(async () => {
      const current = await adminDb.doc(`users/${uids.eva}/notifications/${id}`).get();
      return current.exists ? notificationSchema.parse(plain(current.data())) : null;
    }, 'the task notification');
    expect(notice).toMatchObject({ link: '/taken', email: 'immediate' });
    const mail = await deliveredMail(mailId(uids.eva, id, notice.createdAt));
    expect(mail.toUids).toEqual([uids.eva]);
    expect(mail.meta).toMatchObject({ kind: 'notification.task', regionId: region });
  });

  it('a task you give yourself brings no notification', async () => {
    const own = adminDb.collection(`regions/${region}/tasks`).doc();
    const data = task({ createdBy: uids.bram, updatedBy: uids.bram });
    await own.set(data);
    expect(await applyTaskChange(adminDb, { regionId: region, taskId: own.id, before: null, after: data, updateTime: new Date() })).toBe('skipped');
    // A task given afterwards does arrive; by then the trigger has handled the own task too.
    const other = adminDb.collection(`regions/${region}/tasks`).doc();
    await other.set(task());
    await waitFor(async () => (await adminDb.doc(`users/${uids.bram}/notifications/${taskNotificationId(other.id, uids.bram)}`).get()).exists, 'the later task notification');
    expect((await adminDb.doc(`users/${uids.bram}/notifications/${taskNotificationId(own.id, uids.bram)}`).get()).exists).toBe(false);
  });

  it('a re-delivered task event: one notification, one mail', async () => {
    const change = { regionId: region, taskId: 'redelivered', before: null, after: task({ assigneeUid: uids.eva, createdBy: uids.bram, updatedBy: uids.bram, candidateId: 'cand-redelivered' }), updateTime: new Date('2026-12-01T10:00:00.123Z') };
    expect([await applyTaskChange(adminDb, change), await applyTaskChange(adminDb, change)]).toEqual(['notified', 'already_notified']);
    const notices = await adminDb.collection(`users/${uids.eva}/notifications`).where('createdAt', '==', change.updateTime).get();
    expect(notices.docs.map((entry) => entry.id)).toEqual([taskNotificationId('redelivered', uids.eva)]);
    const mails = await adminDb.collection('mail').where('meta.candidateId', '==', 'cand-redelivered').get();
    expect(mails.docs.map((entry) => entry.id)).toEqual([mailId(uids.eva, taskNotificationId('redelivered', uids.eva), change.updateTime)]);
  });
});
