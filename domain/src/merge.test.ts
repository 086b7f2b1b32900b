import { expect, test } from 'vitest';
import { mergeCandidatesInputSchema, mergedFields } from './merge.js';
import type { Candidate } from './schemas/candidate.js';

const at = new Date('2026-10-01T09:00:00Z');
const base: Candidate = {
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  phone: null,
  linkedin: null,
  birthDate: null,
  address: null,
  postcode: null,
  place: 'Nijmegen',
  motivation: null,
  sectors: ['po'],
  functions: [],
  qualifications: [],
  subjects: [],
  priorEducation: null,
  phase: 'orientation',
  status: 'active',
  phaseSince: at,
  exitReason: null,
  ownerUid: 'adviser-1',
  homeRegionId: 'nijmegen',
  regionIds: ['nijmegen'],
  consent: { privacy: true, retainAfterProcess: false, givenAt: at, withdrawnAt: null, source: 'intake_form', shareWithOrganisations: false },
  source: 'website_form',
  tags: ['wiskunde'],
  bottlenecks: [],
  customFields: { campagne: 'radio' },
  notes: 'Eerste notitie',
  lastContactAt: at,
  authUid: null,
  introducedOrganisationIds: [],
  createdAt: at,
  createdBy: 'a',
  updatedAt: at,
  updatedBy: 'a',
};

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
