// linkCandidateAccount: a candidate's own account is linked to their dossier by the verified
// e-mail address in the ID token, never by anything typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb, clearEmulators, createAccount, expectCallError, makeCandidate, signIn, signInWithLink, type Client } from './helpers.js';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);

beforeAll(async () => {
  await clearEmulators();
  const batch = adminDb.batch();
  batch.set(adminDb.doc('candidates/sanne'), makeCandidate({ name: 'Sanne Bakker', email: 'sanne.bakker@example.nl', regionIds: ['link-region'] }));
  batch.set(adminDb.doc('candidates/ahmed'), makeCandidate({ name: 'Ahmed Yilmaz', email: 'ahmed.yilmaz@example.nl', regionIds: ['link-region'] }));
  batch.set(
    adminDb.doc('candidates/linked'),
    makeCandidate({ name: 'Eva de Wit', email: 'eva.dewit@example.nl', regionIds: ['link-region'], authUid: 'another-account' }),
  );
  await batch.commit();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

describe('linkCandidateAccount', () => {
  it('links an account signed in by e-mail link (verified) to the dossier with that address', async () => {
    const candidate = track(await signInWithLink('Sanne.Bakker@example.nl'));
    const uid = candidate.uid!;
    await expect(candidate.call('linkCandidateAccount', {})).resolves.toEqual({ candidateId: 'sanne' });

    expect((await adminDb.doc('candidates/sanne').get()).get('authUid')).toBe(uid);
    expect((await adminDb.doc(`users/${uid}`).get()).data()).toMatchObject({ candidateId: 'sanne', regions: {}, admin: false });
    const audit = await adminDb.collection('candidates/sanne/audit').where('action', '==', 'link_account').get();
    expect(audit.docs.map((entry) => entry.data())).toEqual([expect.objectContaining({ actor: uid, changedFields: ['authUid'] })]);

    // Calling again changes nothing and adds no second audit entry.
    await expect(candidate.call('linkCandidateAccount', {})).resolves.toEqual({ candidateId: 'sanne' });
    expect((await adminDb.collection('candidates/sanne/audit').where('action', '==', 'link_account').get()).size).toBe(1);
  });

  it('ignores an e-mail address or candidate id the caller types', async () => {
    const other = track(await signInWithLink('iemand.anders@example.nl'));
    await expectCallError(other.call('linkCandidateAccount', { email: 'ahmed.yilmaz@example.nl', candidateId: 'ahmed' }), 'not-found');
    expect((await adminDb.doc('candidates/ahmed').get()).get('authUid')).toBeNull();
  });

  it('refuses an account whose address is not verified (password sign-up)', async () => {
    await createAccount('ahmed.yilmaz@example.nl', { emailVerified: false });
    const unverified = track(await signIn('ahmed.yilmaz@example.nl'));
    const error = await expectCallError(unverified.call('linkCandidateAccount', {}), 'failed-precondition');
    expect(error.details).toEqual({ reason: 'email_not_verified' });
    expect((await adminDb.doc('candidates/ahmed').get()).get('authUid')).toBeNull();
    expect((await adminDb.doc(`users/${unverified.uid}`).get()).exists).toBe(false);
  });

  it('refuses to take over a dossier that is linked to another account', async () => {
    const eva = track(await signInWithLink('eva.dewit@example.nl'));
    await expectCallError(eva.call('linkCandidateAccount', {}), 'already-exists');
    expect((await adminDb.doc('candidates/linked').get()).get('authUid')).toBe('another-account');
  });
});
