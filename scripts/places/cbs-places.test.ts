import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCbsPlaces, parseColumnOption, placesModule, resolveColumns } from './cbs-places.js';

// Synthetic rows in the shape of the StatLine export (typed data set headers, padded values).
const fixture = readFileSync(new URL('./fixture-woonplaatsen.csv', import.meta.url), 'utf8');

describe('parseCbsPlaces', () => {
  const parsed = parseCbsPlaces(fixture);

  it('recognises the export’s column headers', () => {
    expect(parsed.columns).toEqual({ place: 'Naam_1', placeCode: 'Woonplaatsen', municipality: 'Naam_2', municipalityCode: 'Code_3' });
  });

  it('keeps valid rows with trimmed names and codes', () => {
    expect(parsed.rows[0]).toEqual({ place: 'Malden', placeCode: 'WP0001', municipality: 'Heumen', municipalityCode: 'GM0252' });
    expect(parsed.rows.map((row) => row.place)).toEqual(['Malden', 'Heumen', 'Beta-Dorp', 'Alfadorp', 'Hengelo', 'Hengelo']);
  });

  it('reports bad rows by line: missing values, codes where names belong, malformed codes, codes in two municipalities', () => {
    expect(parsed.bad.map((row) => row.line)).toEqual([8, 9, 10, 11]);
    expect(parsed.bad[0]!.problems.join()).toMatch(/missing value/);
    expect(parsed.bad[1]!.problems.join()).toMatch(/gemeente code/);
    expect(parsed.bad[2]!.problems.join()).toMatch(/GM-code/);
    expect(parsed.bad[3]!.problems.join()).toMatch(/WP0001 is under Heumen on line 2/);
  });

  it('takes column names from --columns when the headers are unusual', () => {
    const csv = 'plaats,gem\nMalden,Heumen\n';
    expect(() => parseCbsPlaces(csv)).toThrow(/--columns/);
    const parsedCustom = parseCbsPlaces(csv, parseColumnOption('place=plaats, municipality=gem'));
    expect(parsedCustom.rows).toEqual([{ place: 'Malden', placeCode: null, municipality: 'Heumen', municipalityCode: null }]);
  });

  it('refuses a --columns header the file does not have, or an unknown column', () => {
    expect(() => resolveColumns(['a', 'b'], { place: 'c' })).toThrow(/no column "c"/);
    expect(() => parseColumnOption('town=Naam_1')).toThrow(/--columns/);
  });
});

describe('placesModule', () => {
  const { rows } = parseCbsPlaces(fixture);
  const info = { edition: '2099', sourceFile: 'fixture-woonplaatsen.csv' };

  it('writes municipalities and their places sorted, with the source in the header', () => {
    const text = placesModule(rows, info);
    expect(text).toContain('"Woonplaatsen in Nederland", 2099 (file fixture-woonplaatsen.csv)');
    expect(text).toContain("  ['Zuidgemeente', ['Alfadorp', 'Beta-Dorp']],");
    expect(text.indexOf("['Heumen'")).toBeLessThan(text.indexOf("['Noordgemeente'"));
    expect(text).toContain("edition: '2099',");
    expect(text).toContain('municipalities: 4,');
    expect(text).toContain('places: 6,');
  });

  it('gives the same file for the same rows in any order', () => {
    expect(placesModule([...rows].reverse(), info)).toBe(placesModule(rows, info));
  });
});
