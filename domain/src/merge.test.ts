import { expect, test } from 'vitest';
import { mergeCandidatesInputSchema, mergedFields } from './merge.js';
import type { Candidate } from './schemas/candidate.js';
import { candidateFixture } from './testing/candidate-fixture.js';

const at = new Date('2026-10-01T09:00:00Z');
const base: Candidate = candidateFixture({
  email: 'anna@example.nl',
  phase: 'orientation',
  ownerUid: 'adviser-1',
  consent: { privacy: true, retainAfterProcess: false, givenAt: at, withdrawnAt: null, source: 'intake_form', shareWithOrganisations: false },
  tags: ['wiskunde'],
  customFields: { campagne: 'radio' },
  notes: 'Eerste notitie',
  lastContactAt: at,
  createdAt: at,
  createdBy: 'a',
  updatedBy: 'a',
});

test("the kept dossier's values win, gaps are filled and lists joined", () => {
  const later = new Date('2026-11-01T09:00:00Z');
  const duplicate: Candidate = {
    ...base,
    name: 'A. de Vries',
    phone: '0612345678',
    place: 'Wijchen',
    sectors: ['vo', 'po'],
    tags: ['avond'],
    regionIds: ['nijmegen', 'brabant-oost'],
    customFields: { campagne: 'krant', bron: 'beurs' },
    notes: 'Tweede notitie',
    lastContactAt: later,
    ownerUid: 'adviser-2',
  };
  expect(mergedFields(base, duplicate)).toEqual({
    phone: '0612345678',
    sectors: ['po', 'vo'],
    tags: ['wiskunde', 'avond'],
    regionIds: ['nijmegen', 'brabant-oost'],
    customFields: { campagne: 'radio', bron: 'beurs' },
    notes: 'Eerste notitie\n\nTweede notitie',
    lastContactAt: later,
  });
});

test('merging a dossier with an identical one changes nothing', () => {
  expect(mergedFields(base, { ...base })).toEqual({});
});

test('a dossier cannot be merged into itself', () => {
  expect(mergeCandidatesInputSchema.safeParse({ keepId: 'a', mergeId: 'a' }).success).toBe(false);
});
