// mergeCandidates: a duplicate dossier is folded into the one that stays, with all its history.
import { candidateSchema } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb, clearEmulators, createAccount, createRegion, expectCallError, giveRoles, makeCandidate, plain, signIn, waitFor, type Client } from './helpers.js';

let adviser: Client;
let outsider: Client;
let adviserUid: string;
const performedAt = new Date('2026-10-05T10:00:00Z');

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen');
  await createRegion('brabant-oost');
  adviserUid = await createAccount('adviser@merge.example.nl');
  await giveRoles(adviserUid, [{ kind: 'region', regionId: 'nijmegen', role: 'adviser' }]);
  const outsiderUid = await createAccount('adviser@elders.merge.example.nl');
  await giveRoles(outsiderUid, [{ kind: 'region', regionId: 'brabant-oost', role: 'adviser' }]);

  await adminDb.doc('candidates/keep').set(makeCandidate({ name: 'Anna de Vries', email: 'anna@example.nl', phone: null, tags: ['wiskunde'] }));
  await adminDb.doc('candidates/dup').set(makeCandidate({ name: 'A. de Vries', email: 'a.devries@example.nl', phone: '0612345678', tags: ['avond'] }));
  const interaction = { kind: 'phone', summary: 'Gebeld over zij-instroom', notes: null, performedAt, durationMinutes: 10, regionId: 'nijmegen', organisationId: null, authorUid: adviserUid, authorName: 'Adviseur', createdAt: performedAt };
  await adminDb.doc('candidates/dup/interactions/i1').set(interaction);
  await adminDb.doc('regions/nijmegen/tasks/t1').set({ title: 'Terugbellen', candidateId: 'dup', assigneeUid: adviserUid, dueDate: '2026-12-01', done: false, doneAt: null, createdAt: performedAt, createdBy: adviserUid, updatedAt: performedAt, updatedBy: adviserUid });
  adviser = await signIn('adviser@merge.example.nl');
  outsider = await signIn('adviser@elders.merge.example.nl');
});

afterAll(async () => {
  await Promise.all([adviser?.close(), outsider?.close()]);
});

describe('merging two dossiers', () => {
  it('staff of another region cannot merge Nijmegen dossiers, and nothing changes', async () => {
    await expectCallError(outsider.call('mergeCandidates', { keepId: 'keep', mergeId: 'dup' }), 'permission-denied');
    expect((await adminDb.doc('candidates/dup').get()).exists).toBe(true);
  });

  it('a dossier cannot be merged into itself', async () => {
    await expectCallError(adviser.call('mergeCandidates', { keepId: 'keep', mergeId: 'keep' }), 'invalid-argument');
  });

  it('keeps all history: contacts move over, tasks follow, gaps are filled and the merge is recorded', async () => {
    const result = await adviser.call<{ changedFields: string[]; copied: number; repointed: number }>('mergeCandidates', { keepId: 'keep', mergeId: 'dup' });
    expect(result.changedFields).toEqual(['phone', 'tags']);
    expect(result.repointed).toBe(1);

    const kept = candidateSchema.parse(plain((await adminDb.doc('candidates/keep').get()).data()));
    expect(kept).toMatchObject({ name: 'Anna de Vries', email: 'anna@example.nl', phone: '0612345678', tags: ['wiskunde', 'avond'], updatedBy: adviserUid });
    const contacts = await adminDb.collection('candidates/keep/interactions').get();
    expect(contacts.docs.map((doc) => doc.get('summary'))).toEqual(['Gebeld over zij-instroom']);
    expect((await adminDb.doc('regions/nijmegen/tasks/t1').get()).get('candidateId')).toBe('keep');
    const merge = await adminDb.doc('candidates/keep/audit/merge-dup').get();
    expect(merge.data()).toMatchObject({ action: 'merge', actor: adviserUid, from: { mergedCandidateId: 'dup' } });

    expect((await adminDb.doc('candidates/dup').get()).exists).toBe(false);
    // The duplicate leaves the region's list too.
    await waitFor(async () => !(await adminDb.doc('regions/nijmegen/candidateIndex/dup').get()).exists, 'the duplicate to leave the index');
  });

  it('merging into a dossier that no longer exists is refused', async () => {
    await expectCallError(adviser.call('mergeCandidates', { keepId: 'keep', mergeId: 'dup' }), 'not-found');
  });
});
