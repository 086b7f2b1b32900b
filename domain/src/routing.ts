// Routing at intake: which municipality a place lies in, and which region serves it.
// (Contract for the intake functions; the places dataset behind municipalityOfPlace is
// being filled in.)

/** A region's service area (werkgebied): the municipalities its desk serves. */
export interface ServiceArea {
  regionId: string;
  municipalities: readonly string[];
}

export interface RoutingSuggestion {
  municipality: string;
  suggestedRegionId: string;
}

/** The municipality a place (woonplaats) lies in, or null when the place is unknown. */
export function municipalityOfPlace(place: string): string | null {
  const trimmed = place.trim();
  return trimmed === '' ? null : null;
}

/**
 * A handover suggestion when the place lies outside the receiving region's service area and
 * inside another region's; null when it is the receiving region's own, unknown, or unserved.
 */
export function suggestRegionForPlace(
  place: string | null,
  receivingRegionId: string,
  areas: readonly ServiceArea[],
): RoutingSuggestion | null {
  if (!place) return null;
  const municipality = municipalityOfPlace(place);
  if (!municipality) return null;
  const key = municipality.toLocaleLowerCase('nl');
  const serves = (area: ServiceArea) => area.municipalities.some((name) => name.toLocaleLowerCase('nl') === key);
  if (areas.some((area) => area.regionId === receivingRegionId && serves(area))) return null;
  const other = areas.find((area) => area.regionId !== receivingRegionId && serves(area));
  return other ? { municipality, suggestedRegionId: other.regionId } : null;
}
