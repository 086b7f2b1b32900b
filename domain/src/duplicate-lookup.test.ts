import { describe, expect, test } from 'vitest';
import { duplicateLookupTokens, maxLookupTokens, needsBirthDate } from './duplicate-lookup.js';
import { hasSearchKey, searchKeyMap } from './text.js';

const nobody = { name: '', email: null, phone: null, birthDate: null, postcode: null };

/** Whether an index entry for these values (its searchKeys, as toCandidateIndexEntry builds them) is found by any of the tokens. */
const found = (values: { name: string; email?: string | null; phone?: string | null }, tokens: readonly string[]) => {
  const keys = searchKeyMap([values.name, values.email, values.phone]);
  return tokens.filter((token) => hasSearchKey(keys, token));
};

describe('duplicate lookup tokens', () => {
  test('the e-mail address finds the dossier with that address, whatever the case', () => {
    const tokens = duplicateLookupTokens({ ...nobody, name: 'X', email: 'Anna.Devries@Example.nl' });
    expect(tokens[0]).toBe('anna.devries@ex');
    expect(found({ name: 'Bea Smit', email: 'anna.devries@example.nl' }, tokens)).toEqual(['anna.devries@ex']);
  });

  test('a phone number typed with spaces finds one stored compact, with +31, or with dashes', () => {
    const tokens = duplicateLookupTokens({ ...nobody, name: 'X', phone: '06 1234 5678' });
    for (const stored of ['0612345678', '+31612345678', '06-12345678', '06 12345678']) {
      expect(found({ name: 'Y', phone: stored }, tokens), stored).not.toEqual([]);
    }
  });

  test('a phone number typed with +31 finds one stored with a leading 0', () => {
    const tokens = duplicateLookupTokens({ ...nobody, name: 'X', phone: '+31 6 12345678' });
    expect(found({ name: 'Y', phone: '06 12345678' }, tokens)).not.toEqual([]);
  });

  test('short phone numbers are not looked up', () => {
    expect(duplicateLookupTokens({ ...nobody, name: 'X', phone: '112' })).toEqual([]);
  });

  test('each name word is a token; particles and initials are not', () => {
    expect(duplicateLookupTokens({ ...nobody, name: 'Zoë van der Berg-Smit J' })).toEqual(['zoe', 'berg-smit']);
  });

  test('a long name word is looked up by the 15-character prefix the index keeps', () => {
    const [token] = duplicateLookupTokens({ ...nobody, name: 'Wolfeschlegelsteinhausen' });
    expect(token).toBe('wolfeschlegelst');
    expect(found({ name: 'Wolfeschlegelsteinhausen' }, [token ?? ''])).toEqual([token]);
  });

  test('a different person shares no token', () => {
    const tokens = duplicateLookupTokens({ name: 'Anna de Vries', email: 'anna@example.nl', phone: '0612345678' });
    expect(found({ name: 'Pieter Bakker', email: 'pieter@example.nl', phone: '0687654321' }, tokens)).toEqual([]);
  });

  test('never more than Firestore allows in one array-contains-any, e-mail and phone first', () => {
    const name = Array.from({ length: 40 }, (_, index) => `naam${index}`).join(' ');
    const tokens = duplicateLookupTokens({ name, email: 'a@b.nl', phone: '0612345678' });
    expect(tokens).toHaveLength(maxLookupTokens);
    expect(tokens.slice(0, 2)).toEqual(['a@b.nl', '0612345678']);
  });
});

describe('reading the birth date of a hit', () => {
  const incoming = { ...nobody, name: 'Anna de Vries', birthDate: '1985-03-02' };

  test('is needed for a similar name when a birth date was given', () => {
    expect(needsBirthDate(incoming, { name: 'Vries, Anna de' })).toBe(true);
  });

  test('is not needed for another name, or without a birth date', () => {
    expect(needsBirthDate(incoming, { name: 'Anna Bakker' })).toBe(false);
    expect(needsBirthDate({ ...incoming, birthDate: null }, { name: 'Anna de Vries' })).toBe(false);
  });
});
