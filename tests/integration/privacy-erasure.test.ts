// Erasure: a deletion request that staff record as done (a real client, under the rules) sets
// off onPrivacyRequestUpdated, which erases the candidate everywhere — dossier and its
// subcollections, view, index entries, matches with introductions, registrations (the activity's
// count follows), feedback, threads about them, their mail, their account — and stamps the
// request `erasedAt`. Other people's data stays; a rejected request erases nothing.
import { privacyRequestSchema, type Interaction, type Match } from '@koers/domain';
import { addDoc, collection, serverTimestamp, updateDoc, doc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eraseCandidate } from '../../functions/src/privacy/erase-candidate.js';
import {
  adminAuth,
  adminDb,
  clearEmulators,
  createAccount,
  createRegion,
  giveRoles,
  makeCandidate,
  plain,
  signIn,
  signInWithLink,
  waitFor as waitForWithin,
  type Client,
} from './helpers.js';

// Every write here sets off triggers (view, index, aggregates, delivery, counts); on a busy
// 2-core machine the emulator takes a while to work through them.
vi.setConfig({ testTimeout: 400_000, hookTimeout: 400_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 150_000);

const home = 'er-home';
const other = 'er-other';
const emails = {
  adviser: 'thomas@home.erasure.example.nl',
  otherAdviser: 'olga@other.erasure.example.nl',
  hr: 'ingrid@klimop.erasure.example.nl',
  candidate: 'sanne.bakker@erasure.example.nl',
};
const uids = {} as Record<keyof typeof emails, string>;
const clients: Client[] = [];
let adviser: Client;
let otherAdviser: Client;
let sanne: Client;

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

function match(id: string, candidateId: string, candidateName: string): Match {
  const at = ago(30);
  return {
    candidateId,
    candidateName,
    targetKind: 'school',
    organisationId: 'klimop',
    organisationName: 'School klimop',
    vacancyId: null,
    vacancyTitle: null,
    programmeId: null,
    programmeName: null,
    status: 'proposed',
    note: `Voorstel ${id}`,
    response: null,
    plannedAt: null,
    score: 80,
    reasons: ['Pabo'],
    proposedBy: 'fixture',
    proposedByName: 'Thomas',
    steps: [{ status: 'proposed', at, by: 'fixture', note: null }],
    createdAt: at,
    updatedAt: at,
    updatedBy: 'fixture',
  };
}

function introduction(matchId: string, name: string) {
  return { matchId, targetKind: 'school', status: 'proposed', profile: { name }, note: null, adviserName: 'Thomas', adviserEmail: emails.adviser, createdAt: ago(30) };
}

const interaction: Interaction = {
  kind: 'advice_conversation',
  summary: 'Adviesgesprek over de route',
  notes: 'Twijfelt over salaris',
  performedAt: ago(60),
  durationMinutes: 45,
  regionId: home,
  organisationId: null,
  authorUid: 'fixture',
  authorName: 'Thomas',
  createdAt: ago(59),
};

const exists = async (path: string) => (await adminDb.doc(path).get()).exists;
const count = async (path: string) => (await adminDb.collection(path).count().get()).data().count;
/** How many dossiers the region's dashboard counts now (the `all` slice of `aggregates/current`). */
const dashboardTotal = async (regionId: string) => ((await adminDb.doc(`regions/${regionId}/aggregates/current`).get()).get('slices.all.total') as number | undefined) ?? 0;

let threadId: string;
let generalThreadId: string;
let sanneRequestId: string;

beforeAll(async () => {
  await clearEmulators();
  await Promise.all([createRegion(home, ['klimop']), createRegion(other)]);
  uids.adviser = await createAccount(emails.adviser, { displayName: 'Thomas de Adviseur' });
  uids.otherAdviser = await createAccount(emails.otherAdviser, { displayName: 'Olga' });
  uids.hr = await createAccount(emails.hr, { displayName: 'Ingrid de Boer' });
  await Promise.all([
    giveRoles(uids.adviser, [{ kind: 'region', regionId: home, role: 'adviser' }]),
    giveRoles(uids.otherAdviser, [{ kind: 'region', regionId: other, role: 'adviser' }]),
    giveRoles(uids.hr, [{ kind: 'organisation', regionId: home, organisationId: 'klimop', role: 'hr' }]),
  ]);
  await Promise.all([
    adminDb.doc('candidates/sanne').set(
      makeCandidate({ name: 'Sanne Bakker', email: emails.candidate, homeRegionId: home, regionIds: [home, other], ownerUid: uids.adviser, introducedOrganisationIds: ['klimop'] }),
    ),
    adminDb.doc('candidates/piet').set(makeCandidate({ name: 'Piet Blijft', homeRegionId: home, regionIds: [home, other], introducedOrganisationIds: ['klimop'] })),
  ]);
  [adviser, otherAdviser, sanne] = await Promise.all([signIn(emails.adviser), signIn(emails.otherAdviser), signInWithLink(emails.candidate)]);
  clients.push(adviser, otherAdviser, sanne);
  uids.candidate = sanne.uid!;
  await sanne.call('linkCandidateAccount', {});

  // The dossier's history and work: a conversation, a next step, someone's presence.
  await Promise.all([
    adminDb.doc('candidates/sanne/interactions/talk-1').set(interaction),
    adminDb.doc('candidates/sanne/steps/step-1').set({ title: 'Proefles plannen', detail: null, dueDate: null, order: 0, done: false, doneAt: null, doneBy: null }),
    adminDb.doc(`candidates/sanne/presence/${uids.adviser}`).set({ name: 'Thomas', at: new Date() }),
    // Proposals to a school, for Sanne and for Piet (whose stays).
    adminDb.doc(`regions/${home}/matches/m-sanne`).set(match('m-sanne', 'sanne', 'Sanne Bakker')),
    adminDb.doc(`regions/${home}/organisations/klimop/introductions/m-sanne`).set(introduction('m-sanne', 'Sanne')),
    adminDb.doc(`regions/${home}/matches/m-piet`).set(match('m-piet', 'piet', 'Piet Blijft')),
    adminDb.doc(`regions/${home}/organisations/klimop/introductions/m-piet`).set(introduction('m-piet', 'Piet')),
    // An activity with Sanne's registration and a visitor's.
    adminDb.doc(`regions/${home}/activities/open-dag`).set({ title: 'Open dag', published: true, crossRegional: false, capacity: 20, registrationCount: 0 }),
    adminDb.doc(`regions/${home}/activities/open-dag/registrations/candidate-sanne`).set({
      candidateId: 'sanne',
      name: 'Sanne Bakker',
      email: emails.candidate,
      phone: null,
      status: 'registered',
      source: 'candidate',
      registeredAt: ago(20),
      registeredBy: uids.candidate,
    }),
    adminDb.doc(`regions/${home}/activities/open-dag/registrations/visitor`).set({
      candidateId: null,
      name: 'Bezoeker',
      email: 'bezoeker@example.nl',
      phone: null,
      status: 'registered',
      source: 'website',
      registeredAt: ago(20),
      registeredBy: 'website',
    }),
    // Ratings and tasks, hers and Piet's.
    adminDb.doc(`regions/${home}/feedback/sanne-talk-1`).set({ candidateId: 'sanne', subject: 'conversation', subjectId: 'talk-1', rating: 4, comment: 'Fijn gesprek', createdAt: ago(10) }),
    adminDb.doc(`regions/${home}/feedback/piet-talk-9`).set({ candidateId: 'piet', subject: 'conversation', subjectId: 'talk-9', rating: 5, comment: null, createdAt: ago(10) }),
    adminDb.doc(`regions/${home}/tasks/bel-sanne`).set({ title: 'Sanne terugbellen', candidateId: 'sanne', assigneeUid: uids.adviser, dueDate: '2026-12-01', done: false, doneAt: null, createdAt: ago(5), createdBy: uids.adviser, updatedAt: ago(5), updatedBy: uids.adviser }),
    adminDb.doc(`regions/${home}/tasks/bel-piet`).set({ title: 'Piet terugbellen', candidateId: 'piet', assigneeUid: uids.adviser, dueDate: '2026-12-01', done: false, doneAt: null, createdAt: ago(5), createdBy: uids.adviser, updatedAt: ago(5), updatedBy: uids.adviser }),
    // Mail waiting for her, and one for someone else.
    adminDb.doc('mail/reminder-sanne').set({ to: [emails.candidate], message: { subject: 'Herinnering', text: 'Tot morgen, Sanne' }, meta: { kind: 'reminder', regionId: home, candidateId: null, createdAt: new Date() } }),
    adminDb.doc('mail/reminder-other').set({ to: ['iemand@example.nl'], message: { subject: 'Herinnering', text: 'Tot morgen' } }),
  ]);

  // A thread about Sanne with her and HR (the adviser writes, she answers), and a general one.
  ({ threadId } = await adviser.call<{ threadId: string }>('startThread', { regionId: home, candidateId: 'sanne', includesCandidate: true, title: 'Kennismaking Sanne', participantUids: [uids.hr], text: 'Welkom Sanne!' }));
  await addDoc(collection(sanne.firestore, `threads/${threadId}/messages`), {
    kind: 'text',
    authorUid: uids.candidate,
    authorName: 'Sanne Bakker',
    text: 'Dank je, ik kijk ernaar uit.',
    mentions: [],
    createdAt: serverTimestamp(),
    editedAt: null,
    deleted: false,
  });
  ({ threadId: generalThreadId } = await adviser.call<{ threadId: string }>('startThread', { regionId: home, candidateId: null, includesCandidate: false, title: 'Teamoverleg', participantUids: [uids.hr], text: 'Agenda volgt.' }));

  // Let the triggers the setup set off finish first (view, index, counts, deliveries).
  await waitFor(async () => (await adminDb.doc(`regions/${home}/activities/open-dag`).get()).get('registrationCount') === 2, 'the registration count');
  await waitFor(async () => (await exists(`regions/${other}/candidateIndex/sanne`)) && (await exists('candidateViews/sanne')), 'the index entry and view');
  await waitFor(async () => (await dashboardTotal(home)) === 2 && (await dashboardTotal(other)) === 2, 'both dossiers on both dashboards');
  // Message delivery is not awaited: it runs in a transaction that needs the thread, so a
  // delivery before the erasure leaves what the erasure removes, and one after finds nothing.
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

describe('a deletion request handled as done', () => {
  it('erases the candidate everywhere, keeps everyone else’s data, and stamps the request', async () => {
    // Sanne asks her home region; Olga of the other region rejects a request for Piet meanwhile.
    const filed = await addDoc(collection(sanne.firestore, `regions/${home}/privacyRequests`), {
      candidateId: 'sanne',
      kind: 'deletion',
      status: 'open',
      requestedAt: serverTimestamp(),
      handledAt: null,
      handledBy: null,
      note: null,
    });
    sanneRequestId = filed.id;
    await adminDb.doc(`regions/${other}/privacyRequests/piet-deletion`).set({ candidateId: 'piet', kind: 'deletion', status: 'open', requestedAt: ago(60), handledAt: null, handledBy: null, note: null });
    await updateDoc(doc(otherAdviser.firestore, `regions/${other}/privacyRequests/piet-deletion`), {
      status: 'rejected',
      note: 'Nog in traject',
      handledAt: serverTimestamp(),
      handledBy: uids.otherAdviser,
    });
    await updateDoc(doc(adviser.firestore, `regions/${home}/privacyRequests/${sanneRequestId}`), {
      status: 'done',
      note: 'Verwijderd op verzoek',
      handledAt: serverTimestamp(),
      handledBy: uids.adviser,
    });

    const request = await waitFor(async () => {
      const snapshot = await adminDb.doc(`regions/${home}/privacyRequests/${sanneRequestId}`).get();
      const parsed = privacyRequestSchema.parse(plain(snapshot.data()));
      return parsed.erasedAt ? parsed : null;
    }, 'the erasure stamp');
    expect(request).toMatchObject({ candidateId: 'sanne', kind: 'deletion', status: 'done', handledBy: uids.adviser });
    expect(request.erasedAt!.getTime()).toBeGreaterThanOrEqual(request.handledAt!.getTime());

    // The dossier and everything under it; the view.
    expect(await exists('candidates/sanne')).toBe(false);
    for (const sub of ['interactions', 'steps', 'presence', 'suggestions']) expect(await count(`candidates/sanne/${sub}`), sub).toBe(0);
    expect(await exists('candidateViews/sanne')).toBe(false);
    // The index entries and dashboard contributions go with the dossier (the candidate trigger),
    // which records one deletion entry: no values, nothing to name her by.
    await waitFor(async () => !(await exists(`regions/${home}/candidateIndex/sanne`)) && !(await exists(`regions/${other}/candidateIndex/sanne`)), 'the index entries to go');
    await waitFor(async () => (await dashboardTotal(home)) === 1 && (await dashboardTotal(other)) === 1, 'the dashboards to count Piet only');
    const audit = await waitFor(async () => {
      const entries = await adminDb.collection('candidates/sanne/audit').get();
      return entries.docs.some((entry) => entry.get('action') === 'delete') && entries.docs.map((entry) => plain(entry.data()) as Record<string, unknown>);
    }, 'the deletion audit entry');
    expect(audit).toEqual([expect.objectContaining({ action: 'delete', actor: 'system', from: null, to: null })]);
    expect(JSON.stringify(audit)).not.toMatch(/Sanne|erasure\.example|salaris/);

    // Her match and its introduction, registration (the count follows), rating, task, mail.
    expect(await exists(`regions/${home}/matches/m-sanne`)).toBe(false);
    expect(await exists(`regions/${home}/organisations/klimop/introductions/m-sanne`)).toBe(false);
    expect(await exists(`regions/${home}/activities/open-dag/registrations/candidate-sanne`)).toBe(false);
    await waitFor(async () => (await adminDb.doc(`regions/${home}/activities/open-dag`).get()).get('registrationCount') === 1, 'the count without her');
    expect(await exists(`regions/${home}/feedback/sanne-talk-1`)).toBe(false);
    expect(await exists(`regions/${home}/tasks/bel-sanne`)).toBe(false);
    expect(await exists('mail/reminder-sanne')).toBe(false);
    expect((await adminDb.collection('mail').where('toUids', 'array-contains', uids.candidate).get()).size).toBe(0);
    expect((await adminDb.collection('mail').where('meta.candidateId', '==', 'sanne').get()).size).toBe(0);

    // The thread about her, with every message, and the notifications that lead to it.
    expect(await exists(`threads/${threadId}`)).toBe(false);
    expect(await count(`threads/${threadId}/messages`)).toBe(0);
    expect((await adminDb.collection(`users/${uids.hr}/notifications`).where('link', '==', `/berichten/${threadId}`).get()).size).toBe(0);

    // Her account: the access document and the Auth user.
    expect(await exists(`users/${uids.candidate}`)).toBe(false);
    await expect(adminAuth.getUser(uids.candidate)).rejects.toMatchObject({ code: 'auth/user-not-found' });

    // Everyone else's: Piet's dossier, match, introduction, rating, task; the visitor; the general thread; other mail; colleagues' accounts.
    for (const path of [
      'candidates/piet',
      `regions/${home}/candidateIndex/piet`,
      `regions/${home}/matches/m-piet`,
      `regions/${home}/organisations/klimop/introductions/m-piet`,
      `regions/${home}/feedback/piet-talk-9`,
      `regions/${home}/tasks/bel-piet`,
      `regions/${home}/activities/open-dag/registrations/visitor`,
      `threads/${generalThreadId}`,
      'mail/reminder-other',
      `users/${uids.adviser}`,
      `users/${uids.hr}`,
    ]) {
      expect(await exists(path), path).toBe(true);
    }
    expect(await count(`threads/${generalThreadId}/messages`)).toBe(1);
  });

  it('leaves the request for Piet, rejected, without a stamp, and Piet with his dossier', async () => {
    const rejected = privacyRequestSchema.parse(plain((await adminDb.doc(`regions/${other}/privacyRequests/piet-deletion`).get()).data()));
    expect(rejected).toMatchObject({ status: 'rejected', handledBy: uids.otherAdviser });
    expect(rejected.erasedAt).toBeUndefined();
    expect(await exists('candidates/piet')).toBe(true);
  });

  it('can be run again: a second erasure finds nothing left and changes nothing else', async () => {
    const counts = await eraseCandidate(adminDb, adminAuth, 'sanne');
    expect(counts).toEqual({ matches: 0, introductions: 0, registrations: 0, tasks: 0, feedback: 0, threads: 0, mail: 0, accountsDeleted: 0, accountsUnlinked: 0, dossier: 0 });
    expect(await exists('candidates/piet')).toBe(true);
    expect(await exists(`regions/${home}/matches/m-piet`)).toBe(true);
  });
});
