// suggestMatches and the stored suggestions: scored targets for a candidate and candidates for
// a vacancy or programme, only for the region's staff; kept fresh when the dossier or the
// region's offer changes.
import { suggestMatchesResultSchema, suggestionSetSchema, type Suggestion } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyAccess } from '@koers/domain';
import { emulatorTarget, withTriggersPaused } from '../../scripts/seed/emulators.js';
import { readStoredOffer, rebuildOffer } from '../../functions/src/matching/offer-snapshot.js';
import { adminDb, clearEmulators, createAccount, expectCallError, makeCandidate, plain, signIn, waitFor as waitForWithin, type Client } from './helpers.js';
import { buildWorld, emails, organisation, otherRegion, region, vacancy } from './matching-world.js';

// Triggers run in the Functions emulator's workers; on a busy 2-core machine they can take a while.
vi.setConfig({ testTimeout: 90_000 });
const waitFor = <T>(probe: () => Promise<T | null | undefined | false>, what: string) => waitForWithin(probe, what, 60_000);

let adviser: Client;
let coordinator: Client;
let hr: Client;
let training: Client;
let director: Client;
let otherAdviser: Client;
let candidateSelf: Client;

const sanne = () =>
  makeCandidate({ name: 'Sanne de Vries', place: 'Nijmegen', phase: 'decision', sectors: ['po'], functions: ['teacher'], qualifications: ['pabo'], subjects: [], regionIds: [region], homeRegionId: region });

async function storedSuggestions(candidateId: string): Promise<Suggestion[] | null> {
  const snapshot = await adminDb.doc(`candidates/${candidateId}/suggestions/current`).get();
  return snapshot.exists ? suggestionSetSchema.parse(plain(snapshot.data())).items : null;
}

const ids = (items: readonly Suggestion[]) => items.map((item) => `${item.targetKind}:${item.targetId}`);

beforeAll(async () => {
  await clearEmulators();
  await buildWorld();
  await Promise.all([
    adminDb.doc('candidates/sanne').set(sanne()),
    adminDb.doc('candidates/vo-only').set(makeCandidate({ name: 'Vera Vo', place: 'Nijmegen', sectors: ['vo'], subjects: ['wiskunde'], regionIds: [region], homeRegionId: region })),
    adminDb.doc('candidates/left').set(makeCandidate({ name: 'Lars Weg', place: 'Nijmegen', status: 'exited', exitReason: 'other', sectors: ['po'], regionIds: [region], homeRegionId: region })),
    adminDb.doc('candidates/arnhem-only').set(makeCandidate({ name: 'Anna Arnhem', place: 'Arnhem', sectors: ['po'], regionIds: [otherRegion], homeRegionId: otherRegion })),
  ]);
  // Sanne's own account (as linkCandidateAccount leaves it): no role, only the dossier link.
  const sanneUid = await createAccount('sanne@matching.example.nl');
  await adminDb.doc(`users/${sanneUid}`).set({ ...emptyAccess('sanne@matching.example.nl', 'Sanne', new Date()), candidateId: 'sanne' });
  [adviser, coordinator, hr, training, director, otherAdviser, candidateSelf] = await Promise.all([
    signIn(emails.adviser),
    signIn(emails.coordinator),
    signIn(emails.hr),
    signIn(emails.training),
    signIn(emails.director),
    signIn(emails.otherAdviser),
    signIn('sanne@matching.example.nl'),
  ]);
});

afterAll(async () => {
  await Promise.all([adviser, coordinator, hr, training, director, otherAdviser, candidateSelf].map((client) => client?.close()));
});

describe('suggesting targets for a candidate', () => {
  it('an adviser gets the region’s fitting vacancies, schools and programmes, best first, with reasons', async () => {
    const result = suggestMatchesResultSchema.parse(await adviser.call('suggestMatches', { candidateId: 'sanne', limit: 50 }));
    if (result.direction !== 'targets') throw new Error('expected targets');
    expect(ids(result.suggestions)).toEqual(expect.arrayContaining(['vacancy:v-po', 'school:klimop', 'programme:pabo']));
    const scores = result.suggestions.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const vacancySuggestion = result.suggestions.find((item) => item.targetId === 'v-po');
    expect(vacancySuggestion).toMatchObject({ regionId: region, organisationId: 'klimop', organisationName: 'Kindcentrum De Klimop', title: 'Leerkracht groep 5', place: 'Nijmegen' });
    expect(vacancySuggestion?.reasons.length).toBeGreaterThan(0);
  });

  it('leaves out excluded targets (another sector), drafts, boards and other regions’ offer', async () => {
    const result = suggestMatchesResultSchema.parse(await coordinator.call('suggestMatches', { candidateId: 'sanne', limit: 50 }));
    if (result.direction !== 'targets') throw new Error('expected targets');
    const found = ids(result.suggestions);
    for (const absent of ['vacancy:v-vo', 'school:lyceum', 'vacancy:v-draft', 'school:bestuur', 'vacancy:v-arnhem', 'school:rijn']) expect(found).not.toContain(absent);
  });

  it('returns at most the limit', async () => {
    const result = suggestMatchesResultSchema.parse(await adviser.call('suggestMatches', { candidateId: 'sanne', limit: 1 }));
    expect(result.direction === 'targets' && result.suggestions).toHaveLength(1);
  });

  it('HR, training staff, directors, the candidate and another region’s adviser are refused', async () => {
    for (const client of [hr, training, director, otherAdviser, candidateSelf]) {
      const error = await expectCallError(client.call('suggestMatches', { candidateId: 'sanne' }), 'permission-denied');
      expect(error.details).toEqual({ reason: 'not_allowed' });
    }
  });
});

describe('suggesting candidates for a vacancy or programme', () => {
  it('an adviser gets the region’s active candidates that fit, never exited ones or excluded ones', async () => {
    await waitFor(async () => (await adminDb.doc(`regions/${region}/candidateIndex/left`).get()).exists, 'the region’s candidate index');
    await waitFor(async () => (await adminDb.doc(`regions/${region}/candidateIndex/vo-only`).get()).exists, 'the region’s candidate index');
    const result = suggestMatchesResultSchema.parse(await adviser.call('suggestMatches', { regionId: region, targetKind: 'vacancy', targetId: 'v-po' }));
    if (result.direction !== 'candidates') throw new Error('expected candidates');
    const found = result.candidates.map((item) => item.candidateId);
    expect(found).toContain('sanne');
    expect(found).not.toContain('left');
    expect(found).not.toContain('vo-only');
    expect(found).not.toContain('arnhem-only');
    expect(result.candidates.find((item) => item.candidateId === 'sanne')).toMatchObject({ name: 'Sanne de Vries', phase: 'decision', place: 'Nijmegen' });

    const forProgramme = suggestMatchesResultSchema.parse(await adviser.call('suggestMatches', { regionId: region, targetKind: 'programme', targetId: 'pabo' }));
    expect(forProgramme.direction === 'candidates' && forProgramme.candidates.map((item) => item.candidateId)).toContain('sanne');
  });

  it('an unknown or unpublished target is not found', async () => {
    await expectCallError(adviser.call('suggestMatches', { regionId: region, targetKind: 'vacancy', targetId: 'v-draft' }), 'not-found');
    await expectCallError(adviser.call('suggestMatches', { regionId: region, targetKind: 'programme', targetId: 'v-po' }), 'not-found');
  });

  it('only the region’s staff: HR, training, directors, candidates and other regions are refused', async () => {
    for (const client of [hr, training, director, otherAdviser, candidateSelf]) {
      await expectCallError(client.call('suggestMatches', { regionId: region, targetKind: 'vacancy', targetId: 'v-po' }), 'permission-denied');
    }
  });
});

describe('the stored suggestions', () => {
  it('are computed for an active candidate, and not for an exited one', async () => {
    const items = await waitFor(async () => {
      const stored = await storedSuggestions('sanne');
      return stored && ids(stored).includes('vacancy:v-po') ? stored : null;
    }, 'Sanne’s suggestions');
    expect(items.length).toBeLessThanOrEqual(20);
    expect(ids(items)).not.toContain('vacancy:v-vo');
    expect(await storedSuggestions('left')).toBeNull();
  });

  it('follow a profile change', async () => {
    await adminDb.doc('candidates/sanne').update({ sectors: ['po', 'vo'], subjects: ['wiskunde'], updatedAt: new Date(), updatedBy: 'test' });
    await waitFor(async () => {
      const stored = await storedSuggestions('sanne');
      return stored && ids(stored).includes('vacancy:v-vo');
    }, 'the vo vacancy among Sanne’s suggestions');
  });

  it('follow a change of the region’s offer', async () => {
    await adminDb.doc(`regions/${region}/vacancies/v-new`).set(vacancy({ title: 'Leerkracht groep 8' }));
    await waitFor(async () => {
      const stored = await storedSuggestions('sanne');
      return stored && ids(stored).includes('vacancy:v-new');
    }, 'the new vacancy among Sanne’s suggestions');
    // The callable sees it too (the snapshot was rebuilt).
    const result = suggestMatchesResultSchema.parse(await adviser.call('suggestMatches', { candidateId: 'sanne', limit: 50 }));
    expect(result.direction === 'targets' && ids(result.suggestions)).toContain('vacancy:v-new');
  });

  it('are cleared when the candidate leaves the journey', async () => {
    await adminDb.doc('candidates/sanne').update({ status: 'exited', exitReason: 'other', updatedAt: new Date(), updatedBy: 'test' });
    await waitFor(async () => (await storedSuggestions('sanne')) === null, 'Sanne’s suggestions cleared');
  });

  it('the offer snapshot is kept in chunks no client can read', async () => {
    const chunks = await adminDb.collection(`regions/${region}/matchingOffer`).get();
    expect(chunks.size).toBeGreaterThan(0);
    const { doc, getDoc } = await import('firebase/firestore');
    await expect(getDoc(doc(adviser.firestore, `regions/${region}/matchingOffer/${chunks.docs[0]!.id}`))).rejects.toMatchObject({ code: 'permission-denied' });
  });
});

describe('the offer snapshot', () => {
  const shrinking = 'krimp';
  const chunkIds = async () => (await adminDb.collection(`regions/${shrinking}/matchingOffer`).get()).docs.map((chunk) => chunk.id);

  it('is rebuilt as a whole, in chunks, and chunks of a longer build are deleted', async () => {
    // Direct rebuilds with a chunk size of 2; the offer triggers are paused so they do not rebuild meanwhile.
    await withTriggersPaused(emulatorTarget(), async () => {
      const batch = adminDb.batch();
      for (const id of ['s1', 's2', 's3', 's4', 's5']) batch.set(adminDb.doc(`regions/${shrinking}/organisations/${id}`), organisation({ name: `School ${id}` }));
      await batch.commit();
      const first = await rebuildOffer(adminDb, shrinking, new Date(), 2);
      expect(first).toMatchObject({ written: true, reads: 5 });
      expect(await chunkIds()).toEqual(['chunk-000', 'chunk-001', 'chunk-002']);
      const again = await rebuildOffer(adminDb, shrinking, new Date(), 2);
      expect(again.targets).toEqual(first.targets);
      expect((await readStoredOffer(adminDb, shrinking))?.targets.map((target) => target.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);

      await Promise.all(['s3', 's4', 's5'].map((id) => adminDb.doc(`regions/${shrinking}/organisations/${id}`).delete()));
      await rebuildOffer(adminDb, shrinking, new Date(), 2);
      expect(await chunkIds()).toEqual(['chunk-000']);
      expect((await readStoredOffer(adminDb, shrinking))?.targets.map((target) => target.id)).toEqual(['s1', 's2']);
    });
  });
});
