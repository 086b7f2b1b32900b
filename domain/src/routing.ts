// Routing at intake: which municipality a place lies in, and which region serves it.
// Places resolve through the CBS table "Woonplaatsen in Nederland" (places/places-data.ts,
// refreshed with `npm run places:import`), never through a hand-typed list.
import { z } from 'zod';
import { lookupMunicipality, placeKey } from './places/place-lookup.js';
import { idSchema, regionIdSchema } from './schemas/common.js';

export { municipalityNames, placeKey } from './places/place-lookup.js';
export { placesDataset } from './places/places-data.js';

/** A region's service area (werkgebied): the municipalities its desk serves. */
export interface ServiceArea {
  regionId: string;
  municipalities: readonly string[];
}

export interface RoutingSuggestion {
  municipality: string;
  suggestedRegionId: string;
}

/**
 * The municipality a place (woonplaats) lies in, or null when the place is unknown or its
 * name is used in more than one municipality (ambiguous: no guess).
 */
export function municipalityOfPlace(place: string): string | null {
  return lookupMunicipality(place);
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
  // Service areas are typed by coordinators: compare as loosely as places are looked up.
  const key = placeKey(municipality);
  const serves = (area: ServiceArea) => area.municipalities.some((name) => placeKey(name) === key);
  if (areas.some((area) => area.regionId === receivingRegionId && serves(area))) return null;
  const other = areas.find((area) => area.regionId !== receivingRegionId && serves(area));
  return other ? { municipality, suggestedRegionId: other.regionId } : null;
}

export const handOverActions = ['hand_over', 'dismiss'] as const;

/** `handOverCandidate`: follow a dossier's routing suggestion, or dismiss it. */
export const handOverCandidateInputSchema = z.object({
  candidateId: idSchema,
  action: z.enum(handOverActions),
  /** The home region the caller saw; refused when the dossier has moved since. */
  fromRegionId: regionIdSchema.optional(),
});
export type HandOverCandidateInput = z.infer<typeof handOverCandidateInputSchema>;
