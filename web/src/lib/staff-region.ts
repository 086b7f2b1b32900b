/** The query parameter that picks one of several staff regions (`?regio=`), as on /kandidaten. */
export const staffRegionParam = 'regio';

/**
 * The region a staff page works in: the requested one when the person is staff there, else
 * their first staff region (null when they have none). Same rule as the candidate list.
 */
export function staffRegionFrom(staffRegionIds: readonly string[], requested: string | null): string | null {
  return requested && staffRegionIds.includes(requested) ? requested : (staffRegionIds[0] ?? null);
}

/** The query string that keeps the region when linking to another staff page ('' for the default region). */
export function staffRegionSearch(staffRegionIds: readonly string[], regionId: string | null): string {
  return regionId && regionId !== staffRegionIds[0] ? `?${staffRegionParam}=${encodeURIComponent(regionId)}` : '';
}
