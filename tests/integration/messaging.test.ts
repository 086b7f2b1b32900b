// Threads and messages: startThread and addThreadParticipants check who may take part; a message
// a client writes is delivered once by onMessageCreated (unread counts, last message,
// notifications, one mail per waiting thread, the dossier's timeline entry).
import { auditEntrySchema, emptyAccess, messageSchema, notificationSchema, threadSchema, type Message, type Thread } from '@koers/domain';
import { addDoc, collection, doc, getDoc, getDocs, query, serverTimestamp, updateDoc, where, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { amsterdamDay } from '../../functions/src/messaging/delivery-plan.js';
import { deliverMessage } from '../../functions/src/messaging/deliver.js';
import { adminDb, clearEmulators, createAccount, createRegion, expectCallError, giveRoles, makeCandidate, plain, signIn, waitFor as waitForWithin, type Client } from './helpers.js';

// Triggers run in the Functions emulator's workers; on a busy 2-core machine they can take a while.
vi.setConfig({ testTimeout: 90_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 60_000);

const region = 'nijmegen';
const emails = {
  adviser: 'thomas@nijmegen.messaging.example.nl',
  coordinator: 'carla@nijmegen.messaging.example.nl',
  colleague: 'noor@nijmegen.messaging.example.nl',
  hr: 'ingrid@klimop.messaging.example.nl',
  hrLyceum: 'lars@lyceum.messaging.example.nl',
  director: 'dirk@nijmegen.messaging.example.nl',
  candidate: 'sanne@messaging.example.nl',
};
const uids = {} as Record<keyof typeof emails, string>;
let adviser: Client;
let coordinator: Client;
let colleague: Client;
let hr: Client;
let director: Client;
let sanne: Client;

const threadOf = async (threadId: string): Promise<Thread> => threadSchema.parse(plain((await adminDb.doc(`threads/${threadId}`).get()).data()));
const messagesOf = async (threadId: string): Promise<Array<Message & { id: string }>> =>
  (await adminDb.collection(`threads/${threadId}/messages`).orderBy('createdAt').get()).docs.map((snapshot) => ({ id: snapshot.id, ...messageSchema.parse(plain(snapshot.data())) }));
const notificationOf = async (uid: string, id: string) => {
  const snapshot = await adminDb.doc(`users/${uid}/notifications/${id}`).get();
  return snapshot.exists ? notificationSchema.parse(plain(snapshot.data())) : null;
};
/** Mail ids for `uid` about one notification id (the mail ids carry uid and notification id). */
const mailsFor = async (uid: string, notificationId: string) =>
  (await adminDb.collection('mail').where('toUids', 'array-contains', uid).get()).docs.map((snapshot) => snapshot.id).filter((id) => id.startsWith(`n-${uid}-${notificationId}-`));

async function delivered(threadId: string, messageId: string): Promise<Message> {
  return waitFor(async () => {
    const snapshot = await adminDb.doc(`threads/${threadId}/messages/${messageId}`).get();
    const message = messageSchema.parse(plain(snapshot.data()));
    return message.deliveredAt ? message : null;
  }, `delivery of ${messageId}`);
}

/** A text message written by a client, as the web app does. */
async function send(client: Client, threadId: string, text: string, mentions: string[] = []): Promise<string> {
  const thread = await threadOf(threadId);
  const uid = client.uid!;
  const ref = await addDoc(collection(client.firestore, `threads/${threadId}/messages`), {
    kind: 'text',
    authorUid: uid,
    authorName: thread.participants[uid]!.name,
    text,
    mentions,
    createdAt: serverTimestamp(),
    editedAt: null,
    deleted: false,
    deliveredAt: null,
    event: null,
  });
  return ref.id;
}

/** The messages a participant can list: from their visibleFrom on (the rules demand that filter). */
async function visibleTexts(firestore: Firestore, threadId: string, uid: string): Promise<string[]> {
  const thread = await threadOf(threadId);
  const snapshot = await getDocs(query(collection(firestore, `threads/${threadId}/messages`), where('createdAt', '>=', thread.visibleFrom[uid]!)));
  return snapshot.docs.map((entry) => entry.data() as { createdAt: { toMillis(): number }; text: string }).sort((a, b) => a.createdAt.toMillis() - b.createdAt.toMillis()).map((entry) => entry.text);
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion(region, ['klimop', 'lyceum']);
  await createRegion('arnhem');
  await adminDb.doc(`regions/${region}/organisations/klimop`).update({ name: 'Kindcentrum De Klimop' });
  const names: Record<keyof typeof emails, string> = {
    adviser: 'Thomas Adviseur',
    coordinator: 'Carla Coördinator',
    colleague: 'Noor Adviseur',
    hr: 'Ingrid de Boer',
    hrLyceum: 'Lars Lyceum',
    director: 'Dirk Directeur',
    candidate: 'Sanne de Vries',
  };
  for (const key of Object.keys(emails) as Array<keyof typeof emails>) uids[key] = await createAccount(emails[key], { displayName: names[key] });
  await Promise.all([
    giveRoles(uids.adviser, [{ kind: 'region', regionId: region, role: 'adviser' }]),
    giveRoles(uids.coordinator, [{ kind: 'region', regionId: region, role: 'coordinator' }]),
    giveRoles(uids.colleague, [{ kind: 'region', regionId: region, role: 'adviser' }]),
    giveRoles(uids.hr, [{ kind: 'organisation', regionId: region, organisationId: 'klimop', role: 'hr' }]),
    giveRoles(uids.hrLyceum, [{ kind: 'organisation', regionId: region, organisationId: 'lyceum', role: 'hr' }]),
    giveRoles(uids.director, [{ kind: 'region', regionId: region, role: 'director' }]),
    adminDb.doc(`users/${uids.candidate}`).set({ ...emptyAccess(emails.candidate, names.candidate, new Date()), candidateId: 'sanne' }),
    adminDb.doc('candidates/sanne').set(makeCandidate({ name: 'Sanne de Vries', regionIds: [region], homeRegionId: region, authUid: uids.candidate, introducedOrganisationIds: ['klimop'] })),
    adminDb.doc('candidates/zonder-account').set(makeCandidate({ name: 'Piet Zonder', regionIds: [region], homeRegionId: region, authUid: null, introducedOrganisationIds: ['klimop'] })),
    adminDb.doc('candidates/arnhemmer').set(makeCandidate({ name: 'Anna Arnhem', regionIds: ['arnhem'], homeRegionId: 'arnhem' })),
  ]);
  [adviser, coordinator, colleague, hr, director, sanne] = await Promise.all([
    signIn(emails.adviser),
    signIn(emails.coordinator),
    signIn(emails.colleague),
    signIn(emails.hr),
    signIn(emails.director),
    signIn(emails.candidate),
  ]);
});

afterAll(async () => {
  await Promise.all([adviser, coordinator, colleague, hr, director, sanne].map((client) => client?.close()));
});

const startInput = (overrides: Record<string, unknown> = {}) => ({
  regionId: region,
  candidateId: 'sanne',
  includesCandidate: true,
  title: 'Kennismaking De Klimop',
  participantUids: [uids.hr],
  text: 'Welkom allebei!',
  ...overrides,
});

describe('a thread about a candidate, with the candidate', () => {
  let threadId: string;
  let firstId: string;
  let hrMessageId: string;

  it('an adviser starts it with HR of an introduced school and the candidate’s account', async () => {
    ({ threadId } = await adviser.call<{ threadId: string }>('startThread', startInput()));
    const thread = await threadOf(threadId);
    expect(thread).toMatchObject({
      title: 'Kennismaking De Klimop',
      regionId: region,
      candidateId: 'sanne',
      includesCandidate: true,
      createdBy: uids.adviser,
      readAt: {},
    });
    expect(thread.participantUids).toEqual([uids.adviser, uids.hr, uids.candidate]);
    expect(thread.participants[uids.adviser]).toMatchObject({ name: 'Thomas Adviseur', role: 'adviser', organisationName: null, history: 'all', addedBy: uids.adviser });
    expect(thread.participants[uids.hr]).toMatchObject({ name: 'Ingrid de Boer', role: 'hr', organisationName: 'Kindcentrum De Klimop' });
    expect(thread.participants[uids.candidate]).toMatchObject({ name: 'Sanne de Vries', role: 'candidate', organisationName: null });
    for (const uid of thread.participantUids) expect(thread.visibleFrom[uid]).toEqual(thread.createdAt);
    const messages = await messagesOf(threadId);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'text', authorUid: uids.adviser, authorName: 'Thomas Adviseur', text: 'Welkom allebei!' });
    firstId = messages[0]!.id;
  });

  it('the first message is delivered: unread for the others, last message, notifications and a mail each', async () => {
    const message = await delivered(threadId, firstId);
    const thread = await threadOf(threadId);
    expect(thread.unread).toEqual({ [uids.adviser]: 0, [uids.hr]: 1, [uids.candidate]: 1 });
    expect(thread.messageCount).toBe(1);
    expect(thread.lastMessage).toEqual({ authorName: 'Thomas Adviseur', preview: 'Welkom allebei!', at: message.createdAt });
    expect(thread.lastActivityAt).toEqual(message.createdAt);
    expect(await notificationOf(uids.hr, `message-${threadId}`)).toMatchObject({
      kind: 'message',
      title: 'Nieuw bericht van Thomas in ‘Kennismaking De Klimop’',
      link: `/berichten/${threadId}`,
      read: false,
      email: 'immediate',
    });
    expect(await notificationOf(uids.candidate, `message-${threadId}`)).toMatchObject({ kind: 'message', link: `/mijn/berichten/${threadId}` });
    expect(await notificationOf(uids.adviser, `message-${threadId}`)).toBeNull();
    expect(await mailsFor(uids.hr, `message-${threadId}`)).toHaveLength(1);
    expect(await mailsFor(uids.candidate, `message-${threadId}`)).toHaveLength(1);
    const [mailId] = await mailsFor(uids.hr, `message-${threadId}`);
    const mail = (await adminDb.doc(`mail/${mailId}`).get()).data();
    expect(JSON.stringify(mail?.message)).not.toContain('Welkom allebei');
  });

  it('HR’s message (written by the client) counts for the others, mentions the adviser, and sends the candidate no second mail', async () => {
    hrMessageId = await send(hr, threadId, 'Leuk! Thomas, wanneer kan Sanne langskomen?', [uids.adviser]);
    const message = await delivered(threadId, hrMessageId);
    const thread = await threadOf(threadId);
    expect(thread.unread).toEqual({ [uids.adviser]: 1, [uids.hr]: 1, [uids.candidate]: 2 });
    expect(thread.messageCount).toBe(2);
    expect(thread.lastMessage).toEqual({ authorName: 'Ingrid de Boer', preview: 'Leuk! Thomas, wanneer kan Sanne langskomen?', at: message.createdAt });
    expect(await notificationOf(uids.adviser, `mention-${hrMessageId}`)).toMatchObject({ kind: 'mention', title: 'Ingrid noemde je in ‘Kennismaking De Klimop’', link: `/berichten/${threadId}` });
    expect(await mailsFor(uids.adviser, `mention-${hrMessageId}`)).toHaveLength(1);
    expect(await notificationOf(uids.adviser, `message-${threadId}`)).toBeNull();
    expect(await notificationOf(uids.candidate, `message-${threadId}`)).toMatchObject({ title: 'Nieuw bericht van Ingrid in ‘Kennismaking De Klimop’' });
    // Sanne still had a message waiting: the notification is refreshed, no second mail.
    expect(await mailsFor(uids.candidate, `message-${threadId}`)).toHaveLength(1);
  });

  it('delivering the same message again changes nothing', async () => {
    const before = { thread: (await adminDb.doc(`threads/${threadId}`).get()).data(), mails: (await adminDb.collection('mail').get()).size };
    const audit = await adminDb.collection('candidates/sanne/audit').get();
    expect(await deliverMessage(adminDb, threadId, hrMessageId, new Date())).toBe('already_delivered');
    expect((await adminDb.doc(`threads/${threadId}`).get()).data()).toEqual(before.thread);
    expect((await adminDb.collection('mail').get()).size).toBe(before.mails);
    expect((await adminDb.collection('candidates/sanne/audit').get()).docs.map((entry) => entry.data())).toEqual(audit.docs.map((entry) => entry.data()));
  });

  it('once HR has read the thread, the next message mails them again', async () => {
    await updateDoc(doc(hr.firestore, `threads/${threadId}`), { [`unread.${uids.hr}`]: 0, [`readAt.${uids.hr}`]: serverTimestamp() });
    const messageId = await send(adviser, threadId, 'Donderdag om 10 uur?');
    await delivered(threadId, messageId);
    const thread = await threadOf(threadId);
    expect(thread.unread).toEqual({ [uids.adviser]: 1, [uids.hr]: 1, [uids.candidate]: 3 });
    expect(thread.readAt[uids.hr]).toBeInstanceOf(Date);
    expect(await mailsFor(uids.hr, `message-${threadId}`)).toHaveLength(2);
    expect(await mailsFor(uids.candidate, `message-${threadId}`)).toHaveLength(1);
  });

  it('the dossier’s timeline holds one entry for the day: count and authors, no text', async () => {
    const thread = await threadOf(threadId);
    const snapshot = await adminDb.doc(`candidates/sanne/audit/thread-${threadId}-${amsterdamDay(thread.lastMessage!.at)}`).get();
    const entry = auditEntrySchema.parse(plain(snapshot.data()));
    expect(entry).toMatchObject({ action: 'message', actor: uids.adviser, at: thread.lastMessage!.at, changedFields: ['messages'], from: null });
    expect(entry.to).toEqual({ threadId, title: 'Kennismaking De Klimop', count: 3, authorNames: ['Thomas', 'Ingrid'], includesCandidate: true });
    expect(JSON.stringify(snapshot.data())).not.toContain('Donderdag');
  });

  it('deleting the last message empties the thread list’s preview', async () => {
    const messageId = await send(adviser, threadId, 'Oeps, verkeerde dag');
    await delivered(threadId, messageId);
    await updateDoc(doc(adviser.firestore, `threads/${threadId}/messages/${messageId}`), { deleted: true, text: '', editedAt: serverTimestamp() });
    const thread = await waitFor(async () => {
      const current = await threadOf(threadId);
      return current.lastMessage?.preview === '' ? current : null;
    }, 'the preview of the deleted message');
    expect(thread.lastMessage?.authorName).toBe('Thomas Adviseur');
    expect(thread.messageCount).toBe(4);
  });

  it('HR, though taking part, cannot add people', async () => {
    const failure = await expectCallError(hr.call('addThreadParticipants', { threadId, uids: [uids.colleague], history: 'all' }), 'permission-denied');
    expect(failure.details).toMatchObject({ reason: 'not_staff' });
  });

  it('a coordinator added “from now” reads only what follows; the choice shows as a system message', async () => {
    const { added } = await adviser.call<{ added: string[] }>('addThreadParticipants', { threadId, uids: [uids.coordinator, uids.hr], history: 'from_now' });
    expect(added).toEqual([uids.coordinator]);
    const thread = await threadOf(threadId);
    expect(thread.participantUids).toContain(uids.coordinator);
    expect(thread.participants[uids.coordinator]).toMatchObject({ name: 'Carla Coördinator', role: 'coordinator', history: 'from_now', addedBy: uids.adviser });
    expect(thread.visibleFrom[uids.coordinator]!.getTime()).toBeGreaterThan(thread.createdAt.getTime());
    expect(thread.unread[uids.coordinator]).toBe(0);
    // The others' entries stay as they were.
    expect(thread.participants[uids.hr]?.history).toBe('all');
    const system = (await messagesOf(threadId)).filter((message) => message.kind === 'participants_added');
    expect(system).toEqual([
      expect.objectContaining({
        authorUid: 'system',
        authorName: 'Koers',
        text: 'Thomas heeft Carla toegevoegd (ziet berichten vanaf nu)',
        event: { names: ['Carla Coördinator'], history: 'from_now' },
      }),
    ]);
    expect(system[0]?.deliveredAt).toBeInstanceOf(Date);
    expect(await notificationOf(uids.coordinator, `message-${threadId}`)).toMatchObject({ kind: 'message', title: 'Thomas heeft je toegevoegd aan ‘Kennismaking De Klimop’' });

    expect(await visibleTexts(coordinator.firestore, threadId, uids.coordinator)).toEqual([system[0]!.text]);
    await expect(getDoc(doc(coordinator.firestore, `threads/${threadId}/messages/${firstId}`))).rejects.toMatchObject({ code: 'permission-denied' });
    const messageId = await send(hr, threadId, 'Welkom Carla');
    await delivered(threadId, messageId);
    expect(await visibleTexts(coordinator.firestore, threadId, uids.coordinator)).toEqual([system[0]!.text, 'Welkom Carla']);
    expect((await threadOf(threadId)).unread[uids.coordinator]).toBe(1);
  });

  it('a colleague added with the whole history reads every message', async () => {
    const { added } = await adviser.call<{ added: string[] }>('addThreadParticipants', { threadId, uids: [uids.colleague], history: 'all' });
    expect(added).toEqual([uids.colleague]);
    const thread = await threadOf(threadId);
    expect(thread.visibleFrom[uids.colleague]).toEqual(thread.createdAt);
    const texts = await visibleTexts(colleague.firestore, threadId, uids.colleague);
    expect(texts).toContain('Welkom allebei!');
    expect(texts).toContain('Thomas heeft Noor toegevoegd (ziet het hele gesprek)');
    expect(texts).toHaveLength((await messagesOf(threadId)).length);
  });

  it('the candidate lists the thread with their own filter', async () => {
    const snapshot = await getDocs(query(collection(sanne.firestore, 'threads'), where('participantUids', 'array-contains', uids.candidate), where('includesCandidate', '==', true)));
    expect(snapshot.docs.map((entry) => entry.id)).toEqual([threadId]);
  });
});

describe('who may start a thread and take part', () => {
  it('HR and directors cannot start threads', async () => {
    for (const client of [hr, director]) {
      const failure = await expectCallError(client.call('startThread', startInput({ participantUids: [] })), 'permission-denied');
      expect(failure.details).toMatchObject({ reason: 'not_staff' });
    }
  });

  it('HR of a school the candidate was not introduced to, and a director, cannot take part in a candidate thread', async () => {
    const failure = await expectCallError(adviser.call('startThread', startInput({ participantUids: [uids.hr, uids.hrLyceum, uids.director] })), 'failed-precondition');
    expect(failure.details).toMatchObject({ reason: 'not_eligible', uids: [uids.hrLyceum, uids.director] });
  });

  it('a thread with a candidate who has no account is refused', async () => {
    const failure = await expectCallError(adviser.call('startThread', startInput({ candidateId: 'zonder-account' })), 'failed-precondition');
    expect(failure.details).toMatchObject({ reason: 'no_account' });
  });

  it('a candidate of another region is refused', async () => {
    const failure = await expectCallError(adviser.call('startThread', startInput({ candidateId: 'arnhemmer', includesCandidate: false })), 'failed-precondition');
    expect(failure.details).toMatchObject({ reason: 'candidate_not_in_region' });
  });

  it('nothing was written by the refused calls', async () => {
    const threads = await adminDb.collection('threads').where('createdBy', '==', uids.adviser).get();
    expect(threads.size).toBe(1);
  });
});

describe('a thread between stakeholders about a candidate', () => {
  let threadId: string;

  it('never reaches the candidate: no notification, no access, no way to add them', async () => {
    ({ threadId } = await adviser.call<{ threadId: string }>('startThread', startInput({ title: 'Afstemming intern', includesCandidate: false, text: 'Even onder ons' })));
    const [first] = await messagesOf(threadId);
    await delivered(threadId, first!.id);
    const thread = await threadOf(threadId);
    expect(thread.participantUids).toEqual([uids.adviser, uids.hr]);
    expect(thread.unread).toEqual({ [uids.adviser]: 0, [uids.hr]: 1 });
    expect(await notificationOf(uids.candidate, `message-${threadId}`)).toBeNull();
    await expect(getDoc(doc(sanne.firestore, `threads/${threadId}`))).rejects.toMatchObject({ code: 'permission-denied' });
    const listed = await getDocs(query(collection(sanne.firestore, 'threads'), where('participantUids', 'array-contains', uids.candidate), where('includesCandidate', '==', true)));
    expect(listed.docs.map((entry) => entry.id)).not.toContain(threadId);
    const failure = await expectCallError(adviser.call('addThreadParticipants', { threadId, uids: [uids.candidate], history: 'all' }), 'failed-precondition');
    expect(failure.details).toMatchObject({ reason: 'not_eligible', uids: [uids.candidate] });
    const entry = await adminDb.doc(`candidates/sanne/audit/thread-${threadId}-${amsterdamDay(thread.lastMessage!.at)}`).get();
    expect(entry.get('to')).toMatchObject({ count: 1, includesCandidate: false, title: 'Afstemming intern' });
  });
});

describe('a general thread without a first message', () => {
  it('is open to anyone in the directory and tells the others they were added', async () => {
    const { threadId } = await coordinator.call<{ threadId: string }>('startThread', {
      regionId: region,
      candidateId: null,
      includesCandidate: false,
      title: 'Netwerkbijeenkomst',
      participantUids: [uids.director, uids.hrLyceum],
    });
    const thread = await threadOf(threadId);
    expect(thread).toMatchObject({ candidateId: null, messageCount: 0, lastMessage: null, lastActivityAt: thread.createdAt });
    expect(thread.participants[uids.director]?.role).toBe('director');
    expect(thread.participants[uids.hrLyceum]).toMatchObject({ role: 'hr', organisationName: 'School lyceum' });
    expect(await messagesOf(threadId)).toEqual([]);
    expect(await notificationOf(uids.director, `message-${threadId}`)).toMatchObject({ kind: 'message', title: 'Carla heeft je toegevoegd aan ‘Netwerkbijeenkomst’', link: `/berichten/${threadId}` });
    expect(await mailsFor(uids.director, `message-${threadId}`)).toHaveLength(1);
    expect(await notificationOf(uids.coordinator, `message-${threadId}`)).toBeNull();
  });
});
