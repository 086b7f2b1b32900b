import { describe, expect, it } from 'vitest';
import { formatDateNl, formatKm, listNl } from './labels-nl.js';

describe('Dutch wording for reasons', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDateNl('2027-02-01')).toBe('1 februari 2027');
    expect(formatDateNl('2026-12-31')).toBe('31 december 2026');
    expect(formatDateNl('binnenkort')).toBe('binnenkort');
  });

  it('writes distances with a decimal comma below 10 km, whole km above', () => {
    expect(formatKm(0.4)).toBe('minder dan 1 km');
    expect(formatKm(6.3)).toBe('6,3 km');
    expect(formatKm(9)).toBe('9 km');
    expect(formatKm(15.8)).toBe('16 km');
  });

  it('lists with commas and a final "en" or "of"', () => {
    expect(listNl([])).toBe('');
    expect(listNl(['po'])).toBe('po');
    expect(listNl(['po', 'vo'], 'of')).toBe('po of vo');
    expect(listNl(['wiskunde', 'natuurkunde', 'Duits'])).toBe('wiskunde, natuurkunde en Duits');
  });
});
