import { pilotRegions } from '@koers/domain';
import { useQueries } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore/lite';
import { db } from '../lib/firebase';
import { mijnKeys } from './keys';

const pilotNames = new Map<string, string>(pilotRegions.map((region) => [region.id, region.name]));

/**
 * Region names (regions/{id}.name), falling back to the pilot list and then the id: one hook for
 * a whole list, so a list of activities does not subscribe a query per item.
 */
export function useRegionNames(regionIds: readonly string[]): (regionId: string) => string {
  const unknown = [...new Set(regionIds)].filter((id) => !pilotNames.has(id));
  const names = useQueries({
    queries: unknown.map((regionId) => ({
      queryKey: mijnKeys.region(regionId),
      queryFn: async () => {
        const snapshot = await getDoc(doc(db, 'regions', regionId));
        const name: unknown = snapshot.get('name');
        return typeof name === 'string' ? name : null;
      },
      staleTime: Infinity,
    })),
  });
  const fetched = new Map(unknown.map((regionId, index) => [regionId, names[index]?.data ?? null]));
  return (regionId) => pilotNames.get(regionId) ?? fetched.get(regionId) ?? regionId;
}

/** One region's name (see useRegionNames). */
export function useRegionName(regionId: string): string {
  return useRegionNames([regionId])(regionId);
}
