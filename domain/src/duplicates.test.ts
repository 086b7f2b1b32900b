import { describe, expect, test } from 'vitest';
import { duplicateReasons, findDuplicates, nameSimilarity, type IdentityFields } from './duplicates.js';

const anna: IdentityFields = { name: 'Anna de Vries', email: 'Anna@Example.nl', phone: '06-12345678', birthDate: '1985-03-02', postcode: '6511 AB' };
const nobody: IdentityFields = { name: '', email: null, phone: null, birthDate: null, postcode: null };

describe('likely duplicates', () => {
  test('the same e-mail address in another case is the same person', () => {
    expect(duplicateReasons(anna, { ...nobody, name: 'A. Jansen', email: 'anna@example.nl' })).toEqual(['same_email']);
  });

  test('the same phone number written differently is the same person', () => {
    expect(duplicateReasons(anna, { ...nobody, name: 'X', phone: '+31 6 1234 5678' })).toEqual(['same_phone']);
  });

  test('a similar name alone is not enough', () => {
    expect(duplicateReasons(anna, { ...nobody, name: 'Anna de Vris' })).toEqual([]);
  });

  test('a similar name with the same birth date or postcode is a likely duplicate', () => {
    const other = { ...nobody, name: 'Vries, Anna de', birthDate: '1985-03-02', postcode: '6511ab' };
    expect(duplicateReasons(anna, other)).toEqual(['similar_name_and_birth_date', 'similar_name_and_postcode']);
  });

  test('a different person with the same postcode is not a duplicate', () => {
    expect(duplicateReasons(anna, { ...nobody, name: 'Pieter Bakker', postcode: '6511 AB' })).toEqual([]);
  });

  test('short or missing phone numbers never match', () => {
    expect(duplicateReasons({ ...nobody, name: 'A', phone: '112' }, { ...nobody, name: 'B', phone: '112' })).toEqual([]);
  });

  test('finds only the matching records among many', () => {
    const existing = [
      { id: 'a', ...anna },
      { id: 'b', ...nobody, name: 'Bram Smit', email: 'bram@example.nl' },
    ];
    expect(findDuplicates({ ...nobody, name: 'Iemand', email: 'ANNA@example.nl' }, existing).map((hit) => hit.candidate.id)).toEqual(['a']);
  });
});

test('name similarity ignores accents, case and word order', () => {
  expect(nameSimilarity('Zoë van Dijk', 'dijk, zoe van')).toBe(1);
  expect(nameSimilarity('Zoë van Dijk', 'Pieter Bakker')).toBeLessThan(0.5);
});
