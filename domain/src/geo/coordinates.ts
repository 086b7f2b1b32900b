// Coordinates of Dutch places and municipalities (GeoNames, see coordinates-data.ts), and the
// distance between two of them. Names are compared with placeKey (case, diacritics, hyphens and
// apostrophes do not count). Server-side: the web never needs the table, so nothing in web/ calls this.
import { lookupMunicipality, placeKey } from '../places/place-lookup.js';
import { municipalityPlaces } from '../places/places-data.js';
import { municipalities, places } from './coordinates-data.js';

export interface Coordinates {
  lat: number;
  lng: number;
}

/** Everyday names → the name GeoNames uses (as place keys). */
const placeAliases: Record<string, string> = {
  'den haag': 'the hague',
  's gravenhage': 'the hague',
  'den bosch': 's hertogenbosch',
};

/** Municipality names in the CBS table → the name GeoNames uses (as place keys). */
const municipalityAliases: Record<string, string> = {
  's gravenhage': 'den haag',
  'the hague': 'den haag',
};

/** Province qualifiers people add to a name, "Bergen (NH.)", → GeoNames admin1 codes. */
const provinceQualifiers: Record<string, string> = {};
for (const [code, names] of [
  ['01', ['dr', 'drenthe']],
  ['02', ['fr', 'fryslan', 'friesland']],
  ['03', ['gld', 'ge', 'gelderland']],
  ['04', ['gr', 'gn', 'groningen']],
  ['05', ['l', 'lb', 'li', 'limburg']],
  ['06', ['nb', 'nbr', 'noord brabant']],
  ['07', ['nh', 'noord holland']],
  ['09', ['u', 'ut', 'utr', 'utrecht']],
  ['10', ['z', 'ze', 'zld', 'zeeland']],
  ['11', ['zh', 'zuid holland']],
  ['15', ['ov', 'overijssel']],
  ['16', ['fl', 'flevoland']],
] as const) {
  for (const name of names) provinceQualifiers[name] = code;
}

interface PlaceEntry extends Coordinates {
  province: string;
}

interface CoordinatesIndex {
  places: Map<string, PlaceEntry[]>;
  municipalities: Map<string, PlaceEntry[]>;
  /** Place keys the CBS table lists in more than one municipality (Elst: Overbetuwe and Rhenen). */
  ambiguousInCbs: Set<string>;
}

let index: CoordinatesIndex | null = null;

function coordinatesIndex(): CoordinatesIndex {
  if (index) return index;
  const provinceOf = new Map<string, string>();
  const municipalityIndex = new Map<string, PlaceEntry[]>();
  for (const [code, name, province, lat, lng] of municipalities) {
    provinceOf.set(code, province);
    const key = placeKey(name);
    municipalityIndex.set(key, [...(municipalityIndex.get(key) ?? []), { lat, lng, province }]);
  }
  const placeIndex = new Map<string, PlaceEntry[]>();
  for (const [name, lat, lng, municipality] of places) {
    const key = placeKey(name);
    placeIndex.set(key, [...(placeIndex.get(key) ?? []), { lat, lng, province: provinceOf.get(municipality) ?? '' }]);
  }
  const cbsCounts = new Map<string, number>();
  for (const [, names] of municipalityPlaces) {
    for (const name of names) cbsCounts.set(placeKey(name), (cbsCounts.get(placeKey(name)) ?? 0) + 1);
  }
  const ambiguousInCbs = new Set([...cbsCounts].filter(([, count]) => count > 1).map(([key]) => key));
  index = { places: placeIndex, municipalities: municipalityIndex, ambiguousInCbs };
  return index;
}

/** "Bergen (NH.)" → key "bergen", province "07"; a bracket that is no province stays part of the name. */
function parseName(name: string): { key: string; province: string | null } {
  const qualified = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(name);
  if (qualified) {
    const province = provinceQualifiers[placeKey(qualified[2]!)];
    if (province) return { key: placeKey(qualified[1]!), province };
  }
  return { key: placeKey(name), province: null };
}

function inProvince(entries: readonly PlaceEntry[] | undefined, province: string | null): readonly PlaceEntry[] {
  if (!entries) return [];
  return province ? entries.filter((entry) => entry.province === province) : entries;
}

function municipalityCentroid(name: string): Coordinates | null {
  const { key, province } = parseName(name);
  const found = inProvince(coordinatesIndex().municipalities.get(municipalityAliases[key] ?? key), province);
  return found.length === 1 ? { lat: found[0]!.lat, lng: found[0]!.lng } : null;
}

function resolve(name: string): Coordinates | null {
  const { key: typed, province } = parseName(name);
  if (!typed) return null;
  const key = placeAliases[typed] ?? typed;
  const { places: placeIndex, ambiguousInCbs } = coordinatesIndex();
  const found = inProvince(placeIndex.get(key), province);
  // A place name used in two municipalities (Hengelo, Elst) is not guessed at: a wrong
  // distance could exclude a good match. "Hengelo (Gld.)" resolves.
  if (found.length > 1 || (found.length === 1 && !province && ambiguousInCbs.has(key))) return null;
  if (found.length === 1) return { lat: found[0]!.lat, lng: found[0]!.lng };
  // Not a GeoNames place: a municipality (Velsen, Geldrop-Mierlo), or a CBS woonplaats whose
  // municipality GeoNames knows (Malden → Heumen).
  const municipality = municipalityCentroid(name);
  if (municipality) return municipality;
  if (province) return null;
  const cbsMunicipality = lookupMunicipality(name);
  return cbsMunicipality ? municipalityCentroid(cbsMunicipality) : null;
}

const memo = new Map<string, Coordinates | null>();

/**
 * The coordinates of a Dutch place or municipality as people type it, or null when unknown or
 * ambiguous: a unique GeoNames place → its coordinates; a municipality → the mean of its places;
 * a CBS woonplaats GeoNames lacks → its municipality's centroid.
 */
export function coordinatesOf(placeOrMunicipality: string): Coordinates | null {
  const cached = memo.get(placeOrMunicipality);
  if (cached !== undefined) return cached;
  const found = resolve(placeOrMunicipality);
  if (memo.size >= 10_000) memo.clear();
  memo.set(placeOrMunicipality, found);
  return found;
}

const earthRadiusKm = 6371.0088;
const radians = Math.PI / 180;

/** Degrees → radians, as the scorer stores coordinates. */
export function toRadians(degrees: number): number {
  return degrees * radians;
}

/**
 * Haversine distance in tenths of a km (an integer), from coordinates in radians with their
 * latitude's cosine precomputed. The scorer's hot loop calls this; distanceKm too, so both agree.
 */
export function haversineDeciKm(latA: number, lngA: number, cosLatA: number, latB: number, lngB: number, cosLatB: number): number {
  const sinLat = Math.sin((latB - latA) / 2);
  const sinLng = Math.sin((lngB - lngA) / 2);
  const h = sinLat * sinLat + cosLatA * cosLatB * sinLng * sinLng;
  return Math.round(20 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** A lower bound of haversineKm from the latitudes alone (no trigonometry): the scorer's early out. */
export function latitudeGapKm(latA: number, latB: number): number {
  return Math.abs(latB - latA) * earthRadiusKm;
}

/** Great-circle distance in km, to 0.1 km: more precise than a place name anyway. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const latA = toRadians(a.lat);
  const latB = toRadians(b.lat);
  return haversineDeciKm(latA, toRadians(a.lng), Math.cos(latA), latB, toRadians(b.lng), Math.cos(latB)) / 10;
}
