import { useSearchParams } from 'react-router';
import { staffRegionFrom, staffRegionParam, staffRegionSearch } from '../../../lib/staff-region';
import { useSession } from './session-context';

/**
 * The region a staff page works in, from `?regio=` (see lib/staff-region), with a setter that
 * keeps the other search parameters and a search string for links that keep the region.
 */
export function useStaffRegion() {
  const { access } = useSession();
  const [params, setParams] = useSearchParams();
  const regionIds = access?.staffRegionIds ?? [];
  const regionId = staffRegionFrom(regionIds, params.get(staffRegionParam));

  const setRegionId = (next: string) => {
    const search = new URLSearchParams(params);
    if (next === regionIds[0]) search.delete(staffRegionParam);
    else search.set(staffRegionParam, next);
    setParams(search, { replace: true });
  };

  return { regionIds, regionId, setRegionId, regionSearch: staffRegionSearch(regionIds, regionId) };
}
