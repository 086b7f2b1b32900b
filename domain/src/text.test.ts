import { describe, expect, test } from 'vitest';
import { hasSearchKey, normalizeEmail, normalizeText, phoneDigits, searchKey, searchKeyField, searchKeyMap, searchTokens } from './text.js';

describe('normalizing text', () => {
  test('drops accents and case and folds spaces', () => {
    expect(normalizeText('  Çelik   Ünal-Brouwér ')).toBe('celik unal-brouwer');
  });

  test('e-mail addresses compare case-insensitively', () => {
    expect(normalizeEmail(' Anna.DeVries@Example.NL ')).toBe('anna.devries@example.nl');
  });

  test('phone numbers compare on digits, with +31 as a leading zero', () => {
    expect(phoneDigits('06-12 34 56 78')).toBe('0612345678');
    expect(phoneDigits('+31 6 12345678')).toBe('0612345678');
    expect(phoneDigits('0031 6 12345678')).toBe('0612345678');
  });
});

describe('search tokens', () => {
  const tokens = searchTokens(['Zoë van Dijk', 'zoe@example.nl', '06 12345678', 'Nijmegen', '6511 AB']);

  test('any start of a word finds the person, accents ignored', () => {
    for (const typed of ['Zo', 'Zoë', 'dij', 'nijm', 'van']) expect(tokens).toContain(searchKey(typed));
  });

  test('e-mail, phone and postcode are found with or without spaces', () => {
    expect(tokens).toContain('zoe@example.nl');
    expect(tokens).toContain('0612345678');
    expect(tokens).toContain('6511ab');
    expect(tokens).toContain('6511');
  });

  test('single characters are not indexed and not searched', () => {
    expect(tokens).not.toContain('z');
    expect(searchKey('z')).toBeNull();
  });

  test('a word that was never typed is not found', () => {
    expect(tokens).not.toContain('jansen');
  });
});

describe('search keys (the map an index entry is searched by)', () => {
  const keys = searchKeyMap(['Jan de Vries', 'jan.devries@example.nl', '06 12345678']);

  test('every token is a key, and what is typed finds it', () => {
    for (const typed of ['jan', 'vri', 'jan.dev', 'jan.devries@example.nl', '0612']) {
      const token = searchKey(typed);
      expect(token).not.toBeNull();
      expect(hasSearchKey(keys, token ?? '')).toBe(true);
    }
    expect(hasSearchKey(keys, 'jansen')).toBe(false);
  });

  test('field paths hold no dots or other path characters inside the key', () => {
    expect(searchKeyField('jan.dev')).toBe('searchKeys.jan_dev');
    expect(searchKeyField('a/b[c]*~')).toBe('searchKeys.a_b_c___');
    for (const key of Object.keys(keys)) expect(key).toMatch(/^[a-z0-9@+_-]+$/);
  });
});
