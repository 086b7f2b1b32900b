import { describe, expect, it } from 'vitest';
import { municipalityNames, municipalityOfPlace, suggestRegionForPlace, type ServiceArea } from './routing.js';

const areas: ServiceArea[] = [
  { regionId: 'nijmegen', municipalities: ['Nijmegen', 'Heumen', 'Berg en Dal', 'Overbetuwe'] },
  { regionId: 'midden-brabant', municipalities: ['Tilburg', 'Loon op Zand', 'heusden'] },
  { regionId: 'brabant-oost', municipalities: ['Eindhoven', 'Nuenen, Gerwen en Nederwetten'] },
];

describe('municipalityOfPlace', () => {
  it('finds the municipality of a woonplaats', () => {
    expect(municipalityOfPlace('Malden')).toBe('Heumen');
    expect(municipalityOfPlace('Kaatsheuvel')).toBe('Loon op Zand');
    expect(municipalityOfPlace('Berkel-Enschot')).toBe('Tilburg');
  });

  it('ignores case, diacritics, hyphens and surrounding spaces', () => {
    expect(municipalityOfPlace('  berkel enschot ')).toBe('Tilburg');
    expect(municipalityOfPlace('BEMMEL')).toBe('Lingewaard');
    expect(municipalityOfPlace('Nuënen')).toBe('Nuenen, Gerwen en Nederwetten');
    expect(municipalityOfPlace('s Hertogenbosch')).toBe("'s-Hertogenbosch");
  });

  it('knows everyday names of places the table holds', () => {
    expect(municipalityOfPlace('Den Bosch')).toBe("'s-Hertogenbosch");
    expect(municipalityOfPlace('den haag')).toBe("'s-Gravenhage");
  });

  it('resolves a municipality name given as place to that municipality', () => {
    expect(municipalityOfPlace('Overbetuwe')).toBe('Overbetuwe');
    expect(municipalityOfPlace('Nuenen, Gerwen en Nederwetten')).toBe('Nuenen, Gerwen en Nederwetten');
  });

  it('gives null for an unknown or empty place', () => {
    expect(municipalityOfPlace('Atlantis')).toBeNull();
    expect(municipalityOfPlace('   ')).toBeNull();
  });

  it('gives null rather than a guess for a place name used in several municipalities', () => {
    expect(municipalityOfPlace('Hengelo')).toBeNull();
    expect(municipalityOfPlace('Bergen')).toBeNull();
    // Also when one of them carries the same name as the place.
    expect(municipalityOfPlace('Heusden')).toBeNull();
  });
});

describe('suggestRegionForPlace', () => {
  it('suggests nothing for a place in the receiving region’s own service area', () => {
    expect(suggestRegionForPlace('Malden', 'nijmegen', areas)).toBeNull();
  });

  it('suggests the region whose service area holds the place', () => {
    expect(suggestRegionForPlace('Kaatsheuvel', 'nijmegen', areas)).toEqual({ municipality: 'Loon op Zand', suggestedRegionId: 'midden-brabant' });
  });

  it('matches service areas typed in another case or spelling', () => {
    expect(suggestRegionForPlace('Vlijmen', 'nijmegen', areas)).toEqual({ municipality: 'Heusden', suggestedRegionId: 'midden-brabant' });
  });

  it('routes a municipality name given as place', () => {
    expect(suggestRegionForPlace('tilburg', 'nijmegen', areas)).toEqual({ municipality: 'Tilburg', suggestedRegionId: 'midden-brabant' });
  });

  it('suggests nothing for an unknown, ambiguous, missing or unserved place', () => {
    expect(suggestRegionForPlace('Atlantis', 'nijmegen', areas)).toBeNull();
    expect(suggestRegionForPlace('Hengelo', 'nijmegen', areas)).toBeNull();
    expect(suggestRegionForPlace(null, 'nijmegen', areas)).toBeNull();
    expect(suggestRegionForPlace('Rotterdam', 'nijmegen', areas)).toBeNull();
  });
});

describe('municipalityNames', () => {
  it('lists each municipality of the table once, sorted', () => {
    const names = municipalityNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Heumen');
    expect(names.indexOf('Aalsmeer')).toBeLessThan(names.indexOf('Zandvoort'));
  });
});
