import { describe, expect, test } from 'vitest';
import { candidateCreateInputSchema, fullName, newCandidate, type CandidateCreateForm } from './candidate-create.js';
import { candidateSchema } from './schemas/candidate.js';

const form: CandidateCreateForm = {
  firstName: ' Anna ',
  lastName: 'de  Vries',
  email: 'anna@example.nl',
  phone: '',
  postcode: '6511 AB',
  place: 'Nijmegen',
  birthDate: '',
  sectors: ['vo'],
  functions: ['teacher'],
  subjects: ['wiskunde'],
  source: 'adviser',
  ownerUid: 'uid-adviser',
  privacyConsent: true,
  retainAfterProcess: false,
  shareWithOrganisations: true,
  note: '',
};

const issuePaths = (input: unknown) => {
  const result = candidateCreateInputSchema.safeParse(input);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path.join('.')))];
};

describe('the create-candidate input', () => {
  test('empty optional fields mean "not given"', () => {
    const input = candidateCreateInputSchema.parse(form);
    expect(input).toMatchObject({ firstName: 'Anna', phone: null, birthDate: null, note: null, email: 'anna@example.nl' });
  });

  test('privacy consent is required', () => {
    expect(issuePaths({ ...form, privacyConsent: false })).toEqual(['privacyConsent']);
  });

  test('names are required; e-mail, phone, postcode and birth date must be well-formed', () => {
    expect(issuePaths({ ...form, firstName: ' ', lastName: '' })).toEqual(['firstName', 'lastName']);
    expect(issuePaths({ ...form, email: 'anna@', phone: 'bel me', postcode: '65 AB', birthDate: '1985-02-30' })).toEqual([
      'email',
      'phone',
      'postcode',
      'birthDate',
    ]);
  });

  test('a birth date in the future is refused', () => {
    expect(issuePaths({ ...form, birthDate: '2999-01-01' })).toEqual(['birthDate']);
  });
});

describe('a new dossier', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const candidate = newCandidate(candidateCreateInputSchema.parse(form), { regionId: 'nijmegen', uid: 'uid-me', now });

  test('is a valid, unshared, unlinked dossier in the home region, stamped with its creator', () => {
    expect(candidateSchema.safeParse(candidate).success).toBe(true);
    expect(candidate).toMatchObject({
      name: 'Anna de Vries',
      homeRegionId: 'nijmegen',
      regionIds: ['nijmegen'],
      authUid: null,
      introducedOrganisationIds: [],
      createdBy: 'uid-me',
      updatedBy: 'uid-me',
      createdAt: now,
      updatedAt: now,
      ownerUid: 'uid-adviser',
    });
  });

  test('starts in the first phase, active', () => {
    expect(candidate).toMatchObject({ phase: 'interest', status: 'active', phaseSince: now, exitReason: null });
  });

  test('records the consent as given now, through an adviser', () => {
    expect(candidate.consent).toEqual({
      privacy: true,
      retainAfterProcess: false,
      givenAt: now,
      withdrawnAt: null,
      source: 'adviser',
      shareWithOrganisations: true,
    });
  });

  test('keeps the first note in the notes', () => {
    const withNote = newCandidate(candidateCreateInputSchema.parse({ ...form, note: 'Belde na de open dag.' }), { regionId: 'r', uid: 'u', now });
    expect(withNote.notes).toBe('Belde na de open dag.');
  });
});

test('a full name joins first and last name with single spaces', () => {
  expect(fullName(' Jan ', ' van  Dijk')).toBe('Jan van Dijk');
});
