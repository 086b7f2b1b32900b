// Place (woonplaats) → municipality (gemeente), from the CBS places table in places-data.ts.
// Kept apart from routing so the web can offer the table's municipality names without the
// routing rules, and so a refreshed table needs no code change.
import { normalizeText } from '../text.js';
import { municipalityPlaces } from './places-data.js';

/**
 * The key places and municipalities are compared by: case, diacritics, hyphens, apostrophes,
 * dots and brackets do not count ("'s-Hertogenbosch" = "s Hertogenbosch", "Bergen (NH.)" =
 * "bergen nh"), because people type place names every way they can.
 */
export function placeKey(name: string): string {
  return normalizeText(name.replace(/[-‐‑–—'’‘`.,()/]/g, ' '));
}

/**
 * Everyday names for places whose official name differs. Applied only when the table holds
 * the official name, so an alias never points at a place the dataset does not know.
 */
const placeAliases: Record<string, string> = {
  'den bosch': "'s-Hertogenbosch",
  'den haag': "'s-Gravenhage",
};

interface PlaceIndex {
  /** Municipalities per place key; more than one when the name is used in several. */
  places: Map<string, Set<string>>;
  municipalities: Map<string, string>;
}

let index: PlaceIndex | null = null;

function placeIndex(): PlaceIndex {
  if (index) return index;
  const places = new Map<string, Set<string>>();
  const municipalities = new Map<string, string>();
  for (const [municipality, names] of municipalityPlaces) {
    municipalities.set(placeKey(municipality), municipality);
    for (const name of names) {
      const key = placeKey(name);
      const found = places.get(key) ?? new Set<string>();
      found.add(municipality);
      places.set(key, found);
    }
  }
  index = { places, municipalities };
  return index;
}

/**
 * The municipality a place lies in, or null. A place name used in more than one municipality
 * (Hengelo, Bergen, Elst …) gives null rather than a guess: routing a candidate to the wrong
 * desk is worse than not suggesting a handover. A municipality's own name given as place
 * resolves to that municipality when no woonplaats of that name exists elsewhere.
 */
export function lookupMunicipality(place: string): string | null {
  const key = placeKey(place);
  if (!key) return null;
  const { places, municipalities } = placeIndex();
  const alias = placeAliases[key];
  const found = places.get(key) ?? (alias ? places.get(placeKey(alias)) : undefined);
  if (found) return found.size === 1 ? [...found][0]! : null;
  return municipalities.get(key) ?? null;
}

/** Every municipality in the table, sorted as Dutch sorts (for pick lists). */
export function municipalityNames(): string[] {
  return municipalityPlaces.map(([municipality]) => municipality).sort((a, b) => a.localeCompare(b, 'nl'));
}
