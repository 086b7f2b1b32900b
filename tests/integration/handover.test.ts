// handOverCandidate: a dossier whose place lies in another region's service area moves there
// as a whole (never copied), or the suggestion is dismissed; both audited.
import { candidateSchema, type Candidate } from '@koers/domain';
import { doc, getDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb, clearEmulators, createAccount, createRegion, expectCallError, giveRoles, makeCandidate, plain, signIn, waitFor, type Client } from './helpers.js';

const home = 'nijmegen';
const target = 'midden-brabant';
let adviser: Client;
let otherAdviser: Client;
let hr: Client;
let adviserUid: string;
let otherAdviserUid: string;

function routed(overrides: Partial<Candidate> = {}): Candidate {
  return makeCandidate({
    place: 'Kaatsheuvel',
    homeRegionId: home,
    regionIds: [home],
    intakeRouting: { municipality: 'Loon op Zand', suggestedRegionId: target, at: new Date('2026-11-01T09:00:00Z') },
    ...overrides,
  });
}

const indexEntry = (regionId: string, candidateId: string) => adminDb.doc(`regions/${regionId}/candidateIndex/${candidateId}`).get();
const dossier = async (candidateId: string) => candidateSchema.parse(plain((await adminDb.doc(`candidates/${candidateId}`).get()).data()));

beforeAll(async () => {
  await clearEmulators();
  await createRegion(home, ['klimop']);
  await createRegion(target);
  adviserUid = await createAccount('adviser@nijmegen.handover.example.nl');
  await giveRoles(adviserUid, [{ kind: 'region', regionId: home, role: 'adviser' }]);
  otherAdviserUid = await createAccount('adviser@brabant.handover.example.nl');
  await giveRoles(otherAdviserUid, [{ kind: 'region', regionId: target, role: 'adviser' }]);
  const hrUid = await createAccount('hr@klimop.handover.example.nl');
  await giveRoles(hrUid, [{ kind: 'organisation', regionId: home, organisationId: 'klimop', role: 'hr' }]);
  await adminDb.doc(`regions/${target}`).update({ 'settings.intakeOwnerUid': otherAdviserUid });

  await adminDb.doc('candidates/routed').set(routed({ ownerUid: adviserUid }));
  await adminDb.doc('candidates/dismissed').set(routed());
  await adminDb.doc('candidates/plain').set(makeCandidate({ place: 'Nijmegen', homeRegionId: home, regionIds: [home] }));
  [adviser, otherAdviser, hr] = await Promise.all([
    signIn('adviser@nijmegen.handover.example.nl'),
    signIn('adviser@brabant.handover.example.nl'),
    signIn('hr@klimop.handover.example.nl'),
  ]);
});

afterAll(async () => {
  await Promise.all([adviser?.close(), otherAdviser?.close(), hr?.close()]);
});

describe('handing a dossier over to the region it belongs to', () => {
  it('the home region’s list marks a dossier with a handover suggestion', async () => {
    const entry = await waitFor(async () => {
      const snapshot = await indexEntry(home, 'routed');
      return snapshot.exists ? snapshot : null;
    }, 'the dossier in the Nijmegen index');
    expect(entry.get('handoverSuggestedTo')).toBe(target);
  });

  it('staff of the suggested region cannot hand over another region’s dossier', async () => {
    await expectCallError(otherAdviser.call('handOverCandidate', { candidateId: 'routed', action: 'hand_over' }), 'permission-denied');
    expect((await dossier('routed')).homeRegionId).toBe(home);
  });

  it('a school’s HR officer cannot hand over or dismiss', async () => {
    await expectCallError(hr.call('handOverCandidate', { candidateId: 'routed', action: 'hand_over' }), 'permission-denied');
    await expectCallError(hr.call('handOverCandidate', { candidateId: 'routed', action: 'dismiss' }), 'permission-denied');
  });

  it('a dossier without a suggestion cannot be handed over', async () => {
    await expectCallError(adviser.call('handOverCandidate', { candidateId: 'plain', action: 'hand_over' }), 'failed-precondition');
    expect((await dossier('plain')).homeRegionId).toBe(home);
  });

  it('is refused when the dossier moved since the adviser looked', async () => {
    await expectCallError(adviser.call('handOverCandidate', { candidateId: 'routed', action: 'hand_over', fromRegionId: target }), 'failed-precondition');
  });

  it('moves the one dossier: new home region and intake owner, no access left for the old region, audited', async () => {
    const result = await adviser.call('handOverCandidate', { candidateId: 'routed', action: 'hand_over', fromRegionId: home });
    expect(result).toEqual({ candidateId: 'routed', action: 'hand_over', homeRegionId: target });

    const moved = await dossier('routed');
    expect(moved).toMatchObject({ homeRegionId: target, regionIds: [target], ownerUid: otherAdviserUid, intakeRouting: null, updatedBy: adviserUid });
    const sameEmail = await adminDb.collection('candidates').where('email', '==', moved.email).get();
    expect(sameEmail.docs.map((document) => document.id)).toEqual(['routed']);

    const audit = await adminDb.collection('candidates/routed/audit').where('action', '==', 'handover').get();
    expect(audit.size).toBe(1);
    expect(audit.docs[0]!.id).toMatch(/^handover-\d+$/);
    expect(audit.docs[0]!.data()).toMatchObject({
      actor: adviserUid,
      from: { regionId: home, ownerUid: adviserUid },
      to: { regionId: target, ownerUid: otherAdviserUid, municipality: 'Loon op Zand' },
    });
    const notices = await adminDb.collection(`users/${otherAdviserUid}/notifications`).where('kind', '==', 'handover').get();
    expect(notices.docs.map((notice) => notice.get('link'))).toEqual(['/kandidaten/routed']);

    await waitFor(async () => !(await indexEntry(home, 'routed')).exists, 'the dossier to leave the Nijmegen index');
    const entry = await waitFor(async () => {
      const snapshot = await indexEntry(target, 'routed');
      return snapshot.exists ? snapshot : null;
    }, 'the dossier in the Midden-Brabant index');
    expect(entry.get('homeRegionId')).toBe(target);
    expect(entry.get('handoverSuggestedTo')).toBeUndefined();
  });

  it('after the handover the old region can neither read the dossier nor hand it over again', async () => {
    await expect(getDoc(doc(adviser.firestore, 'candidates/routed'))).rejects.toMatchObject({ code: 'permission-denied' });
    await expectCallError(adviser.call('handOverCandidate', { candidateId: 'routed', action: 'hand_over' }), 'permission-denied');
    const read = await getDoc(doc(otherAdviser.firestore, 'candidates/routed'));
    expect(read.get('homeRegionId')).toBe(target);
  });

  it('dismissing clears the suggestion, keeps the dossier in its region and is audited', async () => {
    const result = await adviser.call('handOverCandidate', { candidateId: 'dismissed', action: 'dismiss' });
    expect(result).toEqual({ candidateId: 'dismissed', action: 'dismiss', homeRegionId: home });
    expect(await dossier('dismissed')).toMatchObject({ homeRegionId: home, regionIds: [home], intakeRouting: null });
    const audit = await adminDb.collection('candidates/dismissed/audit').where('action', '==', 'handover').get();
    expect(audit.docs.map((document) => document.data())).toMatchObject([{ actor: adviserUid, changedFields: ['intakeRouting'], to: null }]);
    await waitFor(async () => {
      const snapshot = await indexEntry(home, 'dismissed');
      return snapshot.exists && snapshot.get('handoverSuggestedTo') === undefined;
    }, 'the suggestion to leave the index entry');
    // Dismissed once, there is nothing left to hand over.
    await expectCallError(adviser.call('handOverCandidate', { candidateId: 'dismissed', action: 'hand_over' }), 'failed-precondition');
  });
});
