// A candidate withdraws consent for a region (setMyConsent): when the call returns, that region
// and its organisations have lost everything they saw of the candidate — the matches keep no
// personal data and are withdrawn, the introductions are gone, the organisations' members no
// longer read or add to the contact history, the region's threads about the candidate are gone
// with their messages and notifications — while the home region's organisations and threads
// stay. Checked with real clients under the rules.
import { candidateSchema, candidateViewSchema, consentWithdrawnNote, matchSchema, type Match } from '@koers/domain';
import { addDoc, collection, doc, getDoc, getDocs, query, serverTimestamp, updateDoc, where } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminDb, clearEmulators, createAccount, giveRoles, makeCandidate, plain, signIn, signInWithLink, waitFor, type Client } from './helpers.js';
import { buildWorld, emails, otherRegion, region } from './matching-world.js';

// Callables run in the Functions emulator's workers; on a busy 2-core machine they can take a while.
// Nothing here waits for a trigger: setMyConsent does its work before it answers.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const candidateEmail = 'sanne.withdraws@consent.example.nl';
const rijnHrEmail = 'hr@rijn.consent.example.nl';

let adviser: Client;
let otherAdviser: Client;
let klimopHr: Client;
let rijnHr: Client;
let sanne: Client;
let homeMatchId: string;
let otherMatchId: string;
let savedIntroduction: Record<string, unknown>;
let otherThreadId: string;
let homeThreadId: string;

const introductionPath = (regionId: string, organisationId: string, matchId: string) => `regions/${regionId}/organisations/${organisationId}/introductions/${matchId}`;
const otherIntroduction = () => introductionPath(otherRegion, 'rijn', otherMatchId);
const homeIntroduction = () => introductionPath(region, 'klimop', homeMatchId);
const matchIn = async (regionId: string, matchId: string): Promise<Match> => matchSchema.parse(plain((await adminDb.doc(`regions/${regionId}/matches/${matchId}`).get()).data()));
const dossier = async () => candidateSchema.parse(plain((await adminDb.doc('candidates/sanne').get()).data()));
const withdrawalEntries = async () => (await adminDb.collection('candidates/sanne/audit').get()).docs.filter((entry) => entry.id.startsWith(`consent-withdrawal-${otherRegion}-`));
const withdraw = () => sanne.call<{ changed: boolean; regionIds: string[] }>('setMyConsent', { kind: 'region', regionId: otherRegion, given: false });

/** A contact on behalf of the member's own organisation, as the app writes it. */
function addContact(client: Client, regionId: string, organisationId: string) {
  return addDoc(collection(client.firestore, 'candidates/sanne/interactions'), {
    kind: 'introductory_conversation',
    summary: 'Kennismaking op school',
    notes: null,
    performedAt: new Date(),
    durationMinutes: 30,
    regionId,
    organisationId,
    authorUid: client.uid,
    authorName: 'HR',
    createdAt: serverTimestamp(),
  });
}

/** The candidate answers in a thread, as Mijn Koers writes it. */
function answer(threadId: string, text: string) {
  return addDoc(collection(sanne.firestore, `threads/${threadId}/messages`), {
    kind: 'text',
    authorUid: sanne.uid,
    authorName: 'Sanne Withdraws',
    text,
    mentions: [],
    createdAt: serverTimestamp(),
    editedAt: null,
    deleted: false,
  });
}

/** The messages a participant may read (from their visibleFrom on, as the apps ask). */
async function readMessages(client: Client, threadId: string): Promise<string[]> {
  const thread = await getDoc(doc(client.firestore, `threads/${threadId}`));
  const visibleFrom: unknown = thread.get(`visibleFrom.${client.uid}`);
  const messages = await getDocs(query(collection(client.firestore, `threads/${threadId}/messages`), where('createdAt', '>=', visibleFrom)));
  return messages.docs.map((message) => message.get('text') as string);
}

async function threadNotifications(uid: string | null, threadId: string): Promise<number> {
  if (!uid) throw new Error('signed out');
  return (await adminDb.collection(`users/${uid}/notifications`).where('link', 'in', [`/berichten/${threadId}`, `/mijn/berichten/${threadId}`]).get()).size;
}

async function denied(attempt: Promise<unknown>): Promise<boolean> {
  return attempt.then(
    () => false,
    (error: { code?: string }) => {
      if (error.code !== 'permission-denied') throw error;
      return true;
    },
  );
}

beforeAll(async () => {
  await clearEmulators();
  await buildWorld();
  const rijnHrUid = await createAccount(rijnHrEmail);
  await giveRoles(rijnHrUid, [{ kind: 'organisation', regionId: otherRegion, organisationId: 'rijn', role: 'hr' }]);
  await adminDb.doc('candidates/sanne').set(
    makeCandidate({
      name: 'Sanne Withdraws',
      email: candidateEmail,
      motivation: 'Ik wil graag voor de klas.',
      place: 'Nijmegen',
      phase: 'decision',
      sectors: ['po'],
      homeRegionId: region,
      regionIds: [region, otherRegion],
    }),
  );
  [adviser, otherAdviser, klimopHr, rijnHr] = await Promise.all([signIn(emails.adviser), signIn(emails.otherAdviser), signIn(emails.hr), signIn(rijnHrEmail)]);
  sanne = await signInWithLink(candidateEmail);
  await sanne.call('linkCandidateAccount', {});

  [homeMatchId] = (await adviser.call<{ matchIds: string[] }>('proposeMatch', { regionId: region, candidateId: 'sanne', vacancyId: 'v-po', note: 'Sanne past goed bij groep 5.' })).matchIds as [string];
  [otherMatchId] = (await otherAdviser.call<{ matchIds: string[] }>('proposeMatch', { regionId: otherRegion, candidateId: 'sanne', vacancyId: 'v-arnhem', note: 'Sanne woont dichtbij.' })).matchIds as [string];

  // A thread of each region about Sanne, with its adviser and her; she answers in both.
  ({ threadId: otherThreadId } = await otherAdviser.call<{ threadId: string }>('startThread', { regionId: otherRegion, candidateId: 'sanne', includesCandidate: true, title: 'Kennismaking Arnhem', participantUids: [], text: 'Hoi Sanne, welkom in Arnhem.' }));
  ({ threadId: homeThreadId } = await adviser.call<{ threadId: string }>('startThread', { regionId: region, candidateId: 'sanne', includesCandidate: true, title: 'Kennismaking Nijmegen', participantUids: [], text: 'Hoi Sanne, welkom in Nijmegen.' }));
  await Promise.all([answer(otherThreadId, 'Dank je, tot snel in Arnhem.'), answer(homeThreadId, 'Dank je, tot snel in Nijmegen.')]);
  // Delivered before the withdrawal: a delivery racing the erasure could leave a notification behind.
  await waitFor(
    async () => {
      const messages = await Promise.all([otherThreadId, homeThreadId].map((id) => adminDb.collection(`threads/${id}/messages`).get()));
      return messages.every((snapshot) => snapshot.size === 2 && snapshot.docs.every((message) => message.get('deliveredAt') != null));
    },
    'the messages’ delivery',
    60_000,
  );
});

afterAll(async () => {
  await Promise.all([adviser, otherAdviser, klimopHr, rijnHr, sanne].map((client) => client?.close()));
});

describe('before the withdrawal', () => {
  it('the other region’s school reads its introduction, answers it and keeps the contact history with the candidate', async () => {
    expect((await getDoc(doc(rijnHr.firestore, otherIntroduction()))).get('profile.firstName')).toBe('Sanne');
    await updateDoc(doc(rijnHr.firestore, otherIntroduction()), { status: 'accepted', response: 'Graag kennismaken met Sanne.', respondedBy: rijnHr.uid, respondedAt: serverTimestamp() });
    await addContact(rijnHr, otherRegion, 'rijn');
    expect((await getDocs(collection(rijnHr.firestore, 'candidates/sanne/interactions'))).size).toBe(1);
    expect((await dossier()).introducedOrganisationIds.sort()).toEqual(['klimop', 'rijn']);
    savedIntroduction = (await adminDb.doc(otherIntroduction()).get()).data() ?? {};
  });

  it('the other region’s adviser and the candidate read their thread, and she has a notification of it', async () => {
    expect(await readMessages(otherAdviser, otherThreadId)).toHaveLength(2);
    expect(await readMessages(sanne, otherThreadId)).toHaveLength(2);
    expect(await threadNotifications(sanne.uid, otherThreadId)).toBeGreaterThan(0);
  });
});

describe('withdrawing consent for the other region', () => {
  beforeAll(async () => {
    expect(await withdraw()).toEqual({ changed: true, regionIds: [region] });
  });

  it('leaves the region’s adviser a withdrawn match without the candidate’s personal data', async () => {
    const snapshot = await getDoc(doc(otherAdviser.firestore, `regions/${otherRegion}/matches/${otherMatchId}`));
    expect(JSON.stringify(snapshot.data())).not.toMatch(/Sanne|Withdraws|woont|kennismaken/);
    const match = await matchIn(otherRegion, otherMatchId);
    expect(match).toMatchObject({ candidateId: 'sanne', candidateName: '', organisationId: 'rijn', status: 'withdrawn', note: null, response: null, score: null, reasons: [] });
    // The school's answer reaches the match through a trigger: before the withdrawal, or (late) not at all.
    expect(match.steps[0]).toMatchObject({ status: 'proposed', note: null });
    expect(match.steps.at(-1)).toMatchObject({ status: 'withdrawn', by: sanne.uid, note: consentWithdrawnNote });
  });

  it('deletes the introduction: the school’s HR finds nothing', async () => {
    expect((await getDoc(doc(rijnHr.firestore, otherIntroduction()))).exists()).toBe(false);
    expect((await getDocs(collection(rijnHr.firestore, `regions/${otherRegion}/organisations/rijn/introductions`))).size).toBe(0);
  });

  it('the school’s HR can no longer read or add to the candidate’s contact history', async () => {
    expect(await denied(getDocs(collection(rijnHr.firestore, 'candidates/sanne/interactions')))).toBe(true);
    expect(await denied(addContact(rijnHr, otherRegion, 'rijn'))).toBe(true);
    expect((await dossier()).introducedOrganisationIds).toEqual(['klimop']);
  });

  it('erases the region’s thread about the candidate with its messages and notifications: its adviser finds nothing', async () => {
    const read = getDoc(doc(otherAdviser.firestore, `threads/${otherThreadId}`)).then((snapshot) => snapshot.exists());
    expect((await denied(read)) || !(await read)).toBe(true);
    expect((await getDocs(query(collection(otherAdviser.firestore, 'threads'), where('participantUids', 'array-contains', otherAdviser.uid)))).size).toBe(0);
    expect((await adminDb.doc(`threads/${otherThreadId}`).get()).exists).toBe(false);
    expect((await adminDb.collection(`threads/${otherThreadId}/messages`).get()).size).toBe(0);
    expect(await threadNotifications(sanne.uid, otherThreadId)).toBe(0);
    expect(await threadNotifications(otherAdviser.uid, otherThreadId)).toBe(0);
  });

  it('the home region’s thread stays: its adviser and the candidate still read and write it', async () => {
    expect(await readMessages(adviser, homeThreadId)).toEqual(expect.arrayContaining(['Hoi Sanne, welkom in Nijmegen.', 'Dank je, tot snel in Nijmegen.']));
    await answer(homeThreadId, 'Ik kom graag langs.');
    expect(await readMessages(sanne, homeThreadId)).toHaveLength(3);
  });

  it('the home region’s school keeps its introduction and the contact history', async () => {
    expect((await getDoc(doc(klimopHr.firestore, homeIntroduction()))).get('profile.firstName')).toBe('Sanne');
    await addContact(klimopHr, region, 'klimop');
    expect((await getDocs(collection(klimopHr.firestore, 'candidates/sanne/interactions'))).size).toBe(2);
    expect(await matchIn(region, homeMatchId)).toMatchObject({ candidateName: 'Sanne Withdraws', status: 'proposed' });
  });

  it('records the cleanup in the candidate’s audit trail, ids only, the candidate as actor', async () => {
    const entries = await withdrawalEntries();
    expect(entries).toHaveLength(1);
    expect(plain(entries[0]!.data())).toMatchObject({
      action: 'consent',
      actor: sanne.uid,
      changedFields: ['matches', 'introductions', 'introducedOrganisationIds', 'threads'],
      to: {
        regionId: otherRegion,
        withdrawnMatchIds: [otherMatchId],
        clearedMatchIds: [otherMatchId],
        deletedIntroductionIds: [otherMatchId],
        removedOrganisationIds: ['rijn'],
        deletedThreadIds: [otherThreadId],
      },
    });
    expect(JSON.stringify(entries[0]!.data())).not.toMatch(/Sanne|Rijn|groep/);
  });

  it('the candidate’s view lists only the home region’s introduction', async () => {
    expect((await getDoc(doc(sanne.firestore, 'candidateViews/sanne'))).exists()).toBe(true);
    const view = candidateViewSchema.parse(plain((await adminDb.doc('candidateViews/sanne').get()).data()));
    expect(view.matches.map((item) => item.id)).toEqual([homeMatchId]);
    expect(view.helpers.filter((helper) => helper.regionId === otherRegion)).toEqual([]);
  });

  it('a repeated withdrawal changes nothing, and finishes a cleanup that did not run', async () => {
    const before = await matchIn(otherRegion, otherMatchId);
    expect(await withdraw()).toEqual({ changed: false, regionIds: [region] });
    expect(await matchIn(otherRegion, otherMatchId)).toEqual(before);
    expect(await withdrawalEntries()).toHaveLength(1);

    // As if the cleanup had not run after an earlier withdrawal: the school still has it all.
    const stale = await adminDb.doc(`regions/${otherRegion}/matches/${otherMatchId}`).get();
    await adminDb.doc(`regions/${otherRegion}/matches/${otherMatchId}`).update({ status: 'accepted', candidateName: 'Sanne Withdraws', steps: (stale.get('steps') as unknown[]).slice(0, 1) });
    await adminDb.doc(otherIntroduction()).set(savedIntroduction);
    await adminDb.doc('candidates/sanne').update({ introducedOrganisationIds: ['klimop', 'rijn'] });
    const leftOver = (await adminDb.doc(`threads/${homeThreadId}`).get()).data() ?? {};
    await adminDb.doc('threads/left-over').set({ ...leftOver, regionId: otherRegion, participantUids: [otherAdviser.uid, sanne.uid] });
    await adminDb.doc('threads/left-over/messages/m1').set({ ...(await adminDb.collection(`threads/${homeThreadId}/messages`).limit(1).get()).docs[0]!.data() });
    expect(await withdraw()).toEqual({ changed: false, regionIds: [region] });
    expect((await adminDb.doc('threads/left-over').get()).exists).toBe(false);
    expect((await adminDb.collection('threads/left-over/messages').get()).size).toBe(0);
    expect((await adminDb.doc(`threads/${homeThreadId}`).get()).exists).toBe(true);
    expect(await matchIn(otherRegion, otherMatchId)).toMatchObject({ candidateName: '', status: 'withdrawn' });
    expect((await adminDb.doc(otherIntroduction()).get()).exists).toBe(false);
    expect((await dossier()).introducedOrganisationIds).toEqual(['klimop']);
    expect(await withdrawalEntries()).toHaveLength(2);
  });

  it('giving consent back does not bring the match or the introduction back', async () => {
    expect(await sanne.call('setMyConsent', { kind: 'region', regionId: otherRegion, given: true })).toEqual({ changed: true, regionIds: [region, otherRegion] });
    expect(await matchIn(otherRegion, otherMatchId)).toMatchObject({ candidateName: '', status: 'withdrawn' });
    expect((await getDoc(doc(rijnHr.firestore, otherIntroduction()))).exists()).toBe(false);
    expect(await denied(getDocs(collection(rijnHr.firestore, 'candidates/sanne/interactions')))).toBe(true);
  });
});
