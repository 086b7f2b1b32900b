// The shipped places table is the importer's output for the starter extract, and covers the
// service areas of the seeded regions (so the demo routes).
import { readFileSync } from 'node:fs';
import { municipalityNames, municipalityOfPlace, placesDataset } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { seedRegions } from '../seed/regions.js';
import { parseCbsPlaces, placesModule } from './cbs-places.js';

describe('the starter places table', () => {
  // Once a full CBS edition has been imported, the module no longer comes from the starter file.
  it.runIf(placesDataset.edition.startsWith('starter'))('is exactly what the importer writes for scripts/places/starter-woonplaatsen.csv', () => {
    const { rows, bad } = parseCbsPlaces(readFileSync(new URL('./starter-woonplaatsen.csv', import.meta.url), 'utf8'));
    expect(bad).toEqual([]);
    const shipped = readFileSync(new URL('../../domain/src/places/places-data.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(placesModule(rows, { edition: placesDataset.edition, sourceFile: 'starter-woonplaatsen.csv' }));
  });

  it('knows every municipality of the seeded service areas', () => {
    const known = new Set(municipalityNames());
    const missing = seedRegions.flatMap((region) => region.municipalities.map((municipality) => municipality.name)).filter((name) => !known.has(name));
    expect(missing).toEqual([]);
  });

  it('places the main woonplaatsen in the right municipality', () => {
    expect(municipalityOfPlace('Groesbeek')).toBe('Berg en Dal');
    expect(municipalityOfPlace('Vlijmen')).toBe('Heusden');
    expect(municipalityOfPlace('Hoofddorp')).toBe('Haarlemmermeer');
    expect(municipalityOfPlace('IJmuiden')).toBe('Velsen');
  });
});
