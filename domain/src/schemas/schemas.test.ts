import { describe, expect, test } from 'vitest';
import { candidateProfileSchema } from './candidate.js';
import { grantRoleInputSchema } from './user.js';

const validProfile = {
  name: 'Sanne de Boer',
  email: 'sanne@example.nl',
  phone: '06 12345678',
  linkedin: null,
  birthDate: '1988-04-12',
  address: null,
  postcode: '6511 AB',
  place: 'Nijmegen',
  motivation: 'Ik wil wiskunde geven.',
  sectors: ['vo'],
  functions: ['teacher'],
  qualifications: ['second_degree'],
  subjects: ['wiskunde'],
  priorEducation: 'wo_master',
};

describe('candidate profile', () => {
  test('accepts a complete, valid profile', () => {
    expect(candidateProfileSchema.parse(validProfile)).toEqual(validProfile);
  });

  test('names each bad field', () => {
    const result = candidateProfileSchema.safeParse({
      ...validProfile,
      email: 'not-an-email',
      postcode: '12',
      sectors: ['Voortgezet'],
      birthDate: '12-04-1988',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['birthDate', 'email', 'postcode', 'sectors.0']);
  });
});

describe('role grants', () => {
  test('an organisation grant needs its organisation', () => {
    const result = grantRoleInputSchema.safeParse({ uid: 'u1', grant: { kind: 'organisation', regionId: 'nijmegen', role: 'hr' } });
    expect(result.success).toBe(false);
  });

  test('a region id must be a slug', () => {
    const result = grantRoleInputSchema.safeParse({ uid: 'u1', grant: { kind: 'region', regionId: 'Nijmegen!', role: 'adviser' } });
    expect(result.success).toBe(false);
  });
});
