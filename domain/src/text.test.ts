import { describe, expect, test } from 'vitest';
import { normalizeEmail, normalizeText, phoneDigits, searchKey, searchTokens } from './text.js';

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
