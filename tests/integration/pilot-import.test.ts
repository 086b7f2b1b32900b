// Importing the pilot's CSV export through importPilotCandidates: preview writes nothing,
// commit writes only valid, non-duplicate rows, and a re-run creates no new dossiers.
import { candidateSchema } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminDb,
  clearEmulators,
  createAccount,
  createRegion,
  expectCallError,
  giveRoles,
  makeCandidate,
  plain,
  signIn,
  waitFor,
  type Client,
} from './helpers.js';

interface ImportResult {
  committed: boolean;
  outcomes: Array<{ row: number; action: string; candidateId: string | null; problems: Array<{ column: string }>; reasons: string[] }>;
  counts: Record<string, number>;
}

const file = [
  { naam: 'Bram Smit', email: 'Bram.Smit@example.nl', privacy_consent: 'checked', telefoon: '06 11112222', plaats: 'Wijchen', fase: 'oriënteren', sector: 'Primair onderwijs, Speciaal onderwijs', vooropleiding: 'hbo bachelor' },
  { naam: 'Anna de Vries', email: 'ANNA@example.nl', privacy_consent: 'checked', plaats: 'Nijmegen', fase: 'matchen' },
  { naam: 'Zonder Toestemming', email: 'geen@example.nl', privacy_consent: '' },
  { naam: 'Fout Adres', email: 'geen-email', privacy_consent: 'checked', sector: 'Basisschool' },
  { naam: 'Bram Smit', email: 'bram.smit@example.nl', privacy_consent: 'checked' },
  { naam: 'P. Jansen', email: 'p.jansen@elders.nl', privacy_consent: 'checked', telefoon: '+31 6 99998888' },
];

let adviser: Client;
let outsider: Client;
let adviserUid: string;

async function candidatesInNijmegen() {
  const snapshot = await adminDb.collection('candidates').where('regionIds', 'array-contains', 'nijmegen').get();
  return snapshot.docs.map((doc) => ({ id: doc.id, ...candidateSchema.parse(plain(doc.data())) }));
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen');
  await createRegion('brabant-oost');
  adviserUid = await createAccount('adviser@import.example.nl');
  await giveRoles(adviserUid, [{ kind: 'region', regionId: 'nijmegen', role: 'adviser' }]);
  const outsiderUid = await createAccount('adviser@elders.example.nl');
  await giveRoles(outsiderUid, [{ kind: 'region', regionId: 'brabant-oost', role: 'adviser' }]);
  await adminDb.doc('candidates/anna').set(makeCandidate({ name: 'Anna de Vries', email: 'anna@example.nl', phone: null, place: null }));
  await adminDb.doc('candidates/piet').set(makeCandidate({ name: 'Piet Jansen', email: 'piet@example.nl', phone: '0699998888' }));
  adviser = await signIn('adviser@import.example.nl');
  outsider = await signIn('adviser@elders.example.nl');
});

afterAll(async () => {
  await Promise.all([adviser?.close(), outsider?.close()]);
});

describe('importing a pilot CSV export', () => {
  it('a preview reports every row and writes nothing', async () => {
    const result = await adviser.call<ImportResult>('importPilotCandidates', { regionId: 'nijmegen', rows: file, commit: false });
    expect(result.committed).toBe(false);
    expect(result.outcomes.map((outcome) => [outcome.row, outcome.action, outcome.candidateId])).toEqual([
      [1, 'create', null],
      [2, 'update', 'anna'],
      [3, 'invalid', null],
      [4, 'invalid', null],
      [5, 'duplicate_in_file', null],
      [6, 'possible_duplicate', 'piet'],
    ]);
    expect(result.outcomes[3]?.problems.map((problem) => problem.column).sort()).toEqual(['email', 'sector']);
    expect((await candidatesInNijmegen()).map((candidate) => candidate.id).sort()).toEqual(['anna', 'piet']);
  });

  it('a commit creates the new candidate, updates the known one and skips bad and duplicate rows', async () => {
    const result = await adviser.call<ImportResult>('importPilotCandidates', { regionId: 'nijmegen', rows: file, commit: true });
    expect(result.counts).toEqual({ create: 1, update: 1, invalid: 2, duplicate_in_file: 1, possible_duplicate: 1 });

    const stored = await candidatesInNijmegen();
    expect(stored).toHaveLength(3);
    const bram = stored.find((candidate) => candidate.email === 'bram.smit@example.nl');
    expect(bram).toMatchObject({
      name: 'Bram Smit',
      place: 'Wijchen',
      phase: 'orientation',
      status: 'active',
      sectors: ['po', 'so'],
      priorEducation: 'hbo_bachelor',
      source: 'import',
      homeRegionId: 'nijmegen',
      regionIds: ['nijmegen'],
      createdBy: adviserUid,
      consent: { privacy: true, source: 'import' },
    });
    const anna = stored.find((candidate) => candidate.id === 'anna');
    expect(anna).toMatchObject({ place: 'Nijmegen', phase: 'matching', updatedBy: adviserUid, name: 'Anna de Vries' });

    // The trigger indexes the new dossier and records who created it.
    const audit = await waitFor(async () => {
      const entries = await adminDb.collection(`candidates/${bram?.id}/audit`).get();
      return entries.docs.find((entry) => entry.get('action') === 'create');
    }, 'the audit entry of the imported dossier');
    expect(audit.get('actor')).toBe(adviserUid);
  });

  it('importing the same file again creates no new dossiers', async () => {
    const result = await adviser.call<ImportResult>('importPilotCandidates', { regionId: 'nijmegen', rows: file, commit: true });
    expect(result.counts.create).toBe(0);
    expect(result.counts.update).toBe(2);
    expect(await candidatesInNijmegen()).toHaveLength(3);
  });

  it("an adviser of another region cannot import into this region, and nothing is written", async () => {
    await expectCallError(outsider.call('importPilotCandidates', { regionId: 'nijmegen', rows: [{ naam: 'X', email: 'x@example.nl', privacy_consent: 'checked' }], commit: true }), 'permission-denied');
    expect(await candidatesInNijmegen()).toHaveLength(3);
  });

  it('a malformed request is refused with its problems', async () => {
    const failure = await expectCallError(adviser.call('importPilotCandidates', { regionId: 'nijmegen', rows: [], commit: 'ja' }), 'invalid-argument');
    const issues = (failure.details as { issues: Array<{ path: string[] }> }).issues.map((issue) => issue.path[0]).sort();
    expect(issues).toEqual(['commit', 'rows']);
  });
});
