import { pilotRegions } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore/lite';
import { db } from '../lib/firebase';
import { mijnKeys } from './keys';

/** A region's name (regions/{id}.name), falling back to the pilot list and then the id. */
export function useRegionName(regionId: string): string {
  const known = pilotRegions.find((region) => region.id === regionId)?.name;
  const query = useQuery({
    queryKey: mijnKeys.region(regionId),
    queryFn: async () => {
      const snapshot = await getDoc(doc(db, 'regions', regionId));
      const name: unknown = snapshot.get('name');
      return typeof name === 'string' ? name : null;
    },
    enabled: !known,
    staleTime: Infinity,
  });
  return known ?? query.data ?? regionId;
}
