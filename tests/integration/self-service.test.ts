// Candidate self-service on the server: the candidate's view follows their dossier, matches and
// contacts; profile corrections and consent decisions go through callables that check the
// caller, refuse stale or invalid changes and leave an audit trail; the export holds what the
// candidate may see; a new dossier's candidate is invited once, and staff may invite again.
import { candidateViewSchema, mailSchema, myDataExportSchema, type CandidateView, type Interaction, type Match, type Message, type Thread } from '@koers/domain';
import { interactionFixture, matchFixture } from '@koers/domain/testing';
import { doc, getDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminDb, clearEmulators, createAccount, createRegion, expectCallError, giveRoles, makeCandidate, plain, signIn, signInWithLink, waitFor as waitForWithin, type Client } from './helpers.js';

// Triggers run in the Functions emulator's workers; on a busy machine they can take a while.
vi.setConfig({ testTimeout: 90_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 60_000);

const home = 'ss-home';
const other = 'ss-other';
const third = 'ss-third';
const emails = {
  adviser: 'thomas@home.self-service.example.nl',
  otherAdviser: 'olga@other.self-service.example.nl',
  thirdAdviser: 'tim@third.self-service.example.nl',
  candidate: 'sanne.bakker@self-service.example.nl',
};
const uids = {} as Record<keyof typeof emails, string>;
const clients: Client[] = [];
let adviser: Client;
let otherAdviser: Client;
let thirdAdviser: Client;
let sanne: Client;

const internal = { notes: 'Interne notitie over motivatie', tags: ['vip'], bottlenecks: ['Financiering onzeker'], customFields: { intern: 'geheim-veld' } };

async function viewOf(candidateId: string): Promise<CandidateView | null> {
  const snapshot = await adminDb.doc(`candidateViews/${candidateId}`).get();
  return snapshot.exists ? candidateViewSchema.parse(plain(snapshot.data())) : null;
}

async function waitForView(candidateId: string, what: string, check: (view: CandidateView) => boolean): Promise<CandidateView> {
  return waitFor(async () => {
    const view = await viewOf(candidateId);
    return view && check(view) ? view : null;
  }, what);
}

async function auditOf(candidateId: string): Promise<Array<Record<string, unknown>>> {
  const snapshot = await adminDb.collection(`candidates/${candidateId}/audit`).orderBy('at').get();
  return snapshot.docs.map((entry) => plain(entry.data()) as Record<string, unknown>);
}

async function readsDossier(client: Client, candidateId: string): Promise<boolean> {
  return getDoc(doc(client.firestore, `candidates/${candidateId}`)).then(
    () => true,
    (error: { code?: string }) => {
      if (error.code !== 'permission-denied') throw error;
      return false;
    },
  );
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

// The shared fixtures, with the names and staff-only texts this test looks for.
const match = (overrides: Partial<Match> = {}) =>
  matchFixture({ candidateId: 'sanne', candidateName: 'Sanne Bakker', note: 'Past goed bij het team (intern)', reasons: ['Pabo, woont dichtbij'], createdAt: minutesAgo(30), ...overrides });
const interaction = (overrides: Partial<Interaction> = {}) =>
  interactionFixture({
    summary: 'Adviesgesprek over de route',
    notes: 'Notitie: twijfelt nog over salaris',
    performedAt: minutesAgo(60),
    regionId: home,
    authorName: 'Thomas de Adviseur',
    ...overrides,
  });

beforeAll(async () => {
  await clearEmulators();
  await Promise.all([createRegion(home, ['klimop']), createRegion(other), createRegion(third)]);
  uids.adviser = await createAccount(emails.adviser, { displayName: 'Thomas de Adviseur' });
  uids.otherAdviser = await createAccount(emails.otherAdviser, { displayName: 'Olga' });
  uids.thirdAdviser = await createAccount(emails.thirdAdviser, { displayName: 'Tim' });
  await giveRoles(uids.adviser, [{ kind: 'region', regionId: home, role: 'adviser' }]);
  await giveRoles(uids.otherAdviser, [{ kind: 'region', regionId: other, role: 'adviser' }]);
  await giveRoles(uids.thirdAdviser, [{ kind: 'region', regionId: third, role: 'adviser' }]);
  await adminDb.doc('candidates/sanne').set(
    makeCandidate({
      name: 'Sanne Bakker',
      email: emails.candidate,
      phone: '06-11112222',
      homeRegionId: home,
      regionIds: [home, other],
      ownerUid: uids.adviser,
      ...internal,
    }),
  );
  [adviser, otherAdviser, thirdAdviser] = await Promise.all([signIn(emails.adviser), signIn(emails.otherAdviser), signIn(emails.thirdAdviser)]);
  sanne = await signInWithLink(emails.candidate);
  clients.push(adviser, otherAdviser, thirdAdviser, sanne);
  uids.candidate = sanne.uid!;
  await sanne.call('linkCandidateAccount', {});
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

describe('the candidate view', () => {
  it('is built when the dossier is created and carries no notes, owner, journey, tags or scores', async () => {
    const view = await waitForView('sanne', 'the view of the new dossier', () => true);
    expect(view).toMatchObject({ name: 'Sanne Bakker', email: emails.candidate, phase: 'interest', homeRegionId: home, regionIds: [home, other] });
    expect(view.helpers).toEqual([expect.objectContaining({ kind: 'adviser', name: 'Thomas de Adviseur', email: emails.adviser, organisation: `Regio ${home}` })]);
    const stored = (await adminDb.doc('candidateViews/sanne').get()).data()!;
    for (const field of ['notes', 'ownerUid', 'journey', 'tags', 'bottlenecks', 'customFields', 'authUid', 'createdBy']) expect(stored).not.toHaveProperty(field);
    expect(JSON.stringify(stored)).not.toMatch(/Interne notitie|geheim-veld|Financiering/);

    // The candidate reads their own view; staff read the dossier, not the view.
    expect((await getDoc(doc(sanne.firestore, 'candidateViews/sanne'))).get('name')).toBe('Sanne Bakker');
    await expect(getDoc(doc(adviser.firestore, 'candidateViews/sanne'))).rejects.toMatchObject({ code: 'permission-denied' });
  });

  it('follows an update of the dossier', async () => {
    await adminDb.doc('candidates/sanne').update({ phase: 'orientation', phaseSince: new Date(), updatedAt: new Date(), updatedBy: uids.adviser });
    await waitForView('sanne', 'the new phase in the view', (view) => view.phase === 'orientation');
  });

  it('follows a match (status, school as helper) without its score, reasons or notes', async () => {
    await adminDb.doc(`regions/${home}/matches/m-klimop`).set(match());
    const view = await waitForView('sanne', 'the match in the view', (current) => current.matches.some((item) => item.id === 'm-klimop'));
    expect(view.matches).toEqual([expect.objectContaining({ id: 'm-klimop', regionId: home, organisationName: 'De Klimop', status: 'proposed' })]);
    expect(view.helpers).toContainEqual(expect.objectContaining({ kind: 'school', name: 'School klimop', regionId: home }));
    expect(JSON.stringify(await adminDb.doc('candidateViews/sanne').get().then((s) => s.data()))).not.toMatch(/intern|Pabo, woont|"score"|"reasons"|"note"/);

    await adminDb.doc(`regions/${home}/matches/m-klimop`).update({ status: 'interview_planned', plannedAt: new Date(Date.now() + 86_400_000), updatedAt: new Date() });
    await waitForView('sanne', 'the planned interview in the view', (current) => current.matches[0]?.status === 'interview_planned' && current.matches[0].plannedAt !== null);
  });

  it('follows a new conversation, without its summary or notes', async () => {
    await adminDb.collection('candidates/sanne/interactions').doc('talk-1').set(interaction());
    const view = await waitForView('sanne', 'the conversation in the view', (current) => current.recentContacts.some((contact) => contact.id === 'talk-1'));
    expect(view.recentContacts).toEqual([{ id: 'talk-1', kind: 'advice_conversation', performedAt: expect.any(Date), regionId: home, authorName: 'Thomas de Adviseur' }]);
    expect(JSON.stringify(await adminDb.doc('candidateViews/sanne').get().then((s) => s.data()))).not.toMatch(/twijfelt|Adviesgesprek over/);
  });
});

describe('updateMyProfile', () => {
  it('writes the changed fields, attributed to the candidate, audited by the trigger, and the view follows', async () => {
    const view = (await viewOf('sanne'))!;
    const result = await sanne.call('updateMyProfile', {
      changes: { phone: '06-33334444', motivation: 'Ik wil graag lesgeven.' },
      base: { phone: view.phone, motivation: view.motivation },
    });
    expect(result).toEqual({ changedFields: ['motivation', 'phone'] });
    const dossier = (await adminDb.doc('candidates/sanne').get()).data()!;
    expect(dossier).toMatchObject({ phone: '06-33334444', motivation: 'Ik wil graag lesgeven.', updatedBy: uids.candidate, notes: internal.notes });
    expect((await viewOf('sanne'))).toMatchObject({ phone: '06-33334444', motivation: 'Ik wil graag lesgeven.' });
    const entry = await waitFor(
      async () => (await auditOf('sanne')).find((item) => item.action === 'update' && item.actor === uids.candidate),
      "the audit entry of the candidate's correction",
    );
    expect(entry.changedFields).toEqual(['motivation', 'phone']);
  });

  it('refuses a stale base (someone changed the field meanwhile) and writes nothing', async () => {
    await adminDb.doc('candidates/sanne').update({ place: 'Arnhem', updatedAt: new Date(), updatedBy: uids.adviser });
    const before = (await adminDb.doc('candidates/sanne').get()).data();
    const error = await expectCallError(
      sanne.call('updateMyProfile', { changes: { place: 'Wijchen', phone: '06-55556666' }, base: { place: 'Nijmegen', phone: '06-33334444' } }),
      'aborted',
    );
    expect(error.details).toEqual({ reason: 'conflict', fields: ['place'] });
    expect((await adminDb.doc('candidates/sanne').get()).data()).toEqual(before);
  });

  it('refuses fields the candidate may not change and invalid values', async () => {
    const before = (await adminDb.doc('candidates/sanne').get()).data();
    const notEditable = await expectCallError(sanne.call('updateMyProfile', { changes: { notes: 'Hallo' }, base: { notes: null } }), 'invalid-argument');
    expect(JSON.stringify(notEditable.details)).toContain('notes');
    const invalid = await expectCallError(sanne.call('updateMyProfile', { changes: { sectors: ['kernfysica'] }, base: { sectors: ['po'] } }), 'invalid-argument');
    expect(JSON.stringify(invalid.details)).toContain('sectors');
    await expectCallError(sanne.call('updateMyProfile', { changes: {}, base: {} }), 'invalid-argument');
    expect((await adminDb.doc('candidates/sanne').get()).data()).toEqual(before);
  });

  it('refuses callers without a candidate account', async () => {
    await expectCallError(adviser.call('updateMyProfile', { changes: { phone: '06-99990000' }, base: { phone: '06-33334444' } }), 'permission-denied');
    expect((await adminDb.doc('candidates/sanne').get()).get('phone')).toBe('06-33334444');
  });
});

describe('setMyConsent', () => {
  it("withdrawing a region removes its access at once: index entry gone, its adviser can't read the dossier", async () => {
    await waitFor(async () => (await adminDb.doc(`regions/${other}/candidateIndex/sanne`).get()).exists, 'the other region’s index entry');
    expect(await readsDossier(otherAdviser, 'sanne')).toBe(true);

    const result = await sanne.call('setMyConsent', { kind: 'region', regionId: other, given: false });
    expect(result).toEqual({ changed: true, regionIds: [home] });
    expect(await readsDossier(otherAdviser, 'sanne')).toBe(false);
    expect(await readsDossier(adviser, 'sanne')).toBe(true);
    const consent = (await adminDb.doc('candidates/sanne').get()).get('consent') as Record<string, unknown>;
    expect(plain(consent)).toMatchObject({ regions: { [other]: { given: false, at: expect.any(Date) } }, withdrawnRegionIds: [other] });
    await waitFor(async () => !(await adminDb.doc(`regions/${other}/candidateIndex/sanne`).get()).exists, 'the index entry to be removed');
    expect((await viewOf('sanne'))?.regionIds).toEqual([home]);

    // The same decision again (a retried call) changes nothing.
    expect(await sanne.call('setMyConsent', { kind: 'region', regionId: other, given: false })).toEqual({ changed: false, regionIds: [home] });
  });

  it('refuses the home region (the candidate asks for deletion instead) and regions that never had the dossier', async () => {
    const homeRefused = await expectCallError(sanne.call('setMyConsent', { kind: 'region', regionId: home, given: false }), 'failed-precondition');
    expect(homeRefused.details).toEqual({ reason: 'home_region' });
    const neverShared = await expectCallError(sanne.call('setMyConsent', { kind: 'region', regionId: third, given: true }), 'failed-precondition');
    expect(neverShared.details).toEqual({ reason: 'not_withdrawn' });
    await expectCallError(sanne.call('setMyConsent', { kind: 'region', regionId: third, given: false }), 'failed-precondition');
    expect((await adminDb.doc('candidates/sanne').get()).get('regionIds')).toEqual([home]);
  });

  it('giving consent back restores the region’s access', async () => {
    expect(await sanne.call('setMyConsent', { kind: 'region', regionId: other, given: true })).toEqual({ changed: true, regionIds: [home, other] });
    expect(await readsDossier(otherAdviser, 'sanne')).toBe(true);
    await waitFor(async () => (await adminDb.doc(`regions/${other}/candidateIndex/sanne`).get()).exists, 'the index entry to return');
    const consent = plain((await adminDb.doc('candidates/sanne').get()).get('consent')) as Record<string, unknown>;
    expect(consent).toMatchObject({ regions: { [other]: { given: true } }, withdrawnRegionIds: [] });
  });

  it('records the other decisions, each once in the audit with its values and the candidate as actor', async () => {
    expect(await sanne.call('setMyConsent', { kind: 'retainAfterProcess', given: true })).toMatchObject({ changed: true });
    expect((await adminDb.doc('candidates/sanne').get()).get('consent.retainAfterProcess')).toBe(true);
    // A later, ordinary change by staff: once its entry is there, the consent writes were processed too.
    await adminDb.doc('candidates/sanne').update({ phase: 'decision', phaseSince: new Date(), updatedAt: new Date(), updatedBy: uids.adviser });
    await waitFor(async () => (await auditOf('sanne')).some((entry) => entry.actor === uids.adviser && (entry.to as { phase?: string } | null)?.phase === 'decision'), 'the staff change’s entry');
    await waitForView('sanne', 'the view after the staff change', (view) => view.phase === 'decision');

    const decisions = (await auditOf('sanne')).filter((entry) => entry.action === 'consent');
    expect(decisions).toEqual([
      expect.objectContaining({ actor: uids.candidate, changedFields: ['consent', 'regionIds'], from: { regionId: other, given: true }, to: { regionId: other, given: false } }),
      expect.objectContaining({ actor: uids.candidate, changedFields: ['consent', 'regionIds'], from: { regionId: other, given: false }, to: { regionId: other, given: true } }),
      expect.objectContaining({ actor: uids.candidate, changedFields: ['consent'], from: { retainAfterProcess: false }, to: { retainAfterProcess: true } }),
    ]);
  });

  it('refuses callers without a candidate account', async () => {
    await expectCallError(adviser.call('setMyConsent', { kind: 'shareWithOrganisations', given: false }), 'permission-denied');
  });
});

describe('exportMyData', () => {
  beforeAll(async () => {
    const now = new Date();
    const batch = adminDb.batch();
    batch.set(adminDb.doc('candidates/sanne/steps/step-1'), {
      title: 'Meeloopdag plannen',
      detail: null,
      dueDate: '2026-12-20',
      order: 1,
      done: false,
      doneAt: null,
      doneBy: null,
      createdAt: now,
      createdBy: uids.adviser,
      updatedAt: now,
      updatedBy: uids.adviser,
    });
    batch.set(adminDb.doc(`regions/${home}/activities/open-dag`), {
      kind: 'open_day',
      title: 'Open dag pabo',
      description: 'Kom kijken.',
      startsAt: new Date('2027-01-15T14:00:00Z'),
      endsAt: new Date('2027-01-15T16:00:00Z'),
      location: 'Nijmegen',
      online: false,
      capacity: null,
      published: true,
      crossRegional: false,
      registrationCount: 0,
    });
    batch.set(adminDb.doc(`regions/${home}/activities/open-dag/registrations/candidate-sanne`), {
      candidateId: 'sanne',
      name: 'Sanne Bakker',
      email: emails.candidate,
      phone: null,
      status: 'registered',
      source: 'candidate',
      registeredAt: now,
      registeredBy: uids.candidate,
    });
    batch.set(adminDb.doc(`regions/${home}/privacyRequests/req-1`), {
      candidateId: 'sanne',
      kind: 'correction',
      status: 'open',
      requestedAt: now,
      handledAt: null,
      handledBy: null,
      note: null,
    });
    batch.set(adminDb.doc(`regions/${home}/feedback/sanne-talk-1`), { candidateId: 'sanne', subject: 'conversation', subjectId: 'talk-1', rating: 4, comment: 'Fijn gesprek', createdAt: now });
    const participant = (name: string, role: 'adviser' | 'candidate') => ({ name, role, organisationName: null, addedAt: now, addedBy: uids.adviser, history: 'all' as const });
    const thread = (includesCandidate: boolean): Thread => ({
      title: includesCandidate ? 'Jouw route' : 'Overleg over Sanne',
      regionId: home,
      candidateId: 'sanne',
      includesCandidate,
      participantUids: includesCandidate ? [uids.adviser, uids.candidate] : [uids.adviser, uids.otherAdviser],
      participants: includesCandidate
        ? { [uids.adviser]: participant('Thomas de Adviseur', 'adviser'), [uids.candidate]: participant('Sanne Bakker', 'candidate') }
        : { [uids.adviser]: participant('Thomas de Adviseur', 'adviser'), [uids.otherAdviser]: participant('Olga', 'adviser') },
      visibleFrom: {},
      createdBy: uids.adviser,
      createdAt: minutesAgo(10),
      lastActivityAt: minutesAgo(5),
      lastMessage: null,
      messageCount: 1,
      unread: {},
      readAt: {},
    });
    const message = (text: string): Message => ({
      kind: 'text',
      authorUid: uids.adviser,
      authorName: 'Thomas de Adviseur',
      text,
      mentions: [],
      createdAt: minutesAgo(5),
      editedAt: null,
      deleted: false,
      deliveredAt: minutesAgo(5),
      event: null,
    });
    batch.set(adminDb.doc('threads/with-sanne'), thread(true));
    batch.set(adminDb.doc('threads/with-sanne/messages/m1'), message('Hoi Sanne, zullen we volgende week bellen?'));
    batch.set(adminDb.doc('threads/about-sanne'), thread(false));
    batch.set(adminDb.doc('threads/about-sanne/messages/m1'), message('Onder ons: twijfels over haar motivatie'));
    await batch.commit();
  });

  it('holds the profile and every section, dates as ISO strings, and nothing internal', async () => {
    const data = myDataExportSchema.parse(await sanne.call('exportMyData', {}));
    expect(data.candidateId).toBe('sanne');
    expect(data.profile).toMatchObject({ name: 'Sanne Bakker', email: emails.candidate, phone: '06-33334444', homeRegionId: home, phase: 'decision' });
    for (const field of ['notes', 'ownerUid', 'journey', 'tags', 'customFields', 'bottlenecks', 'authUid']) expect(data.profile).not.toHaveProperty(field);
    expect(data.profile.phaseSince).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const { sections } = data;
    expect(Object.keys(sections)).toEqual(
      expect.arrayContaining(['consent', 'nextSteps', 'registrations', 'matches', 'contacts', 'messages', 'privacyRequests', 'feedback']),
    );
    expect(sections.consent).toContainEqual({ decision: 'retainAfterProcess', given: true });
    expect(sections.consent).toContainEqual({ decision: 'region', regionId: other, given: true, at: expect.stringMatching(/Z$/) });
    expect(sections.nextSteps).toEqual([expect.objectContaining({ title: 'Meeloopdag plannen', done: false })]);
    expect(sections.registrations).toEqual([expect.objectContaining({ activity: 'Open dag pabo', status: 'registered', regionId: home, startsAt: '2027-01-15T14:00:00.000Z' })]);
    expect(sections.matches).toEqual([expect.objectContaining({ organisationName: 'De Klimop', status: 'interview_planned' })]);
    expect(sections.contacts).toContainEqual({ kind: 'advice_conversation', date: expect.any(String), summary: 'Adviesgesprek over de route', regionId: home, authorName: 'Thomas de Adviseur' });
    expect(sections.messages).toEqual([{ thread: 'Jouw route', author: 'Thomas de Adviseur', body: 'Hoi Sanne, zullen we volgende week bellen?', sentAt: expect.any(String) }]);
    expect(sections.privacyRequests).toEqual([expect.objectContaining({ kind: 'correction', status: 'open', regionId: home })]);
    expect(sections.feedback).toEqual([expect.objectContaining({ rating: 4, comment: 'Fijn gesprek' })]);

    const text = JSON.stringify(data);
    expect(text).not.toMatch(/Interne notitie|geheim-veld|Financiering|twijfelt nog|Onder ons|Pabo, woont|"score"/);
  });

  it('refuses callers without a candidate account', async () => {
    await expectCallError(adviser.call('exportMyData', {}), 'permission-denied');
  });
});

describe('the invitation', () => {
  const invitations = async (candidateId: string) =>
    (await adminDb.collection('mail').where('meta.candidateId', '==', candidateId).get()).docs.filter((mail) => mail.get('meta.kind') === 'candidate_invite');

  it('goes out once when a dossier with an e-mail address and no account is created, naming only the first name', async () => {
    await adminDb.doc('candidates/noor').set(makeCandidate({ name: 'Noor El Amrani', email: 'noor.elamrani@example.nl', phone: '06-12121212', regionIds: [home] }));
    const mail = await waitFor(async () => (await adminDb.doc('mail/candidate-invite-noor').get()).data(), 'the invitation');
    const parsed = mailSchema.parse(plain(mail));
    expect(parsed.to).toEqual(['noor.elamrani@example.nl']);
    expect(parsed.message.text).toContain('Beste Noor,');
    expect(parsed.message.text).toMatch(/https?:\/\/[^\s]+\/mijn\/inloggen/);
    expect(parsed.message.text).not.toMatch(/El Amrani|06-12121212|noor\.elamrani/);

    // Later writes of the dossier invite no one again.
    await adminDb.doc('candidates/noor').update({ place: 'Beuningen', updatedAt: new Date(), updatedBy: uids.adviser });
    await waitForView('noor', 'the view after the update', (view) => view.place === 'Beuningen');
    expect(await invitations('noor')).toHaveLength(1);
  });

  it('does not go out without an e-mail address or when the candidate already has an account', async () => {
    await adminDb.doc('candidates/walk-in').set(makeCandidate({ email: null, regionIds: [home] }));
    await adminDb.doc('candidates/has-account').set(makeCandidate({ authUid: 'some-account', regionIds: [home] }));
    // The trigger queues the invitation before it writes the view.
    await waitForView('walk-in', 'the walk-in’s view', () => true);
    await waitForView('has-account', 'the linked dossier’s view', () => true);
    expect(await invitations('walk-in')).toHaveLength(0);
    expect(await invitations('has-account')).toHaveLength(0);
  });

  it('inviteCandidate: staff of the dossier’s regions send it again; others are refused', async () => {
    const { mailId } = await adviser.call<{ mailId: string }>('inviteCandidate', { candidateId: 'noor' });
    expect(mailId).toMatch(/^candidate-invite-noor-\d+$/);
    expect(mailSchema.parse(plain((await adminDb.doc(`mail/${mailId}`).get()).data())).to).toEqual(['noor.elamrani@example.nl']);

    await expectCallError(thirdAdviser.call('inviteCandidate', { candidateId: 'noor' }), 'permission-denied');
    await expectCallError(sanne.call('inviteCandidate', { candidateId: 'noor' }), 'permission-denied');
    await expectCallError(adviser.call('inviteCandidate', { candidateId: 'no-such-dossier' }), 'permission-denied');
    const noAddress = await expectCallError(adviser.call('inviteCandidate', { candidateId: 'walk-in' }), 'failed-precondition');
    expect(noAddress.details).toEqual({ reason: 'no_email' });
    expect(await invitations('noor')).toHaveLength(2);
  });
});
