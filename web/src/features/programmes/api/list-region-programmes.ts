import type { Programme } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, query } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { programmesCollection } from './programme-converter';
import { programmeKeys } from './programme-keys';

/** Most programmes the region list loads; a region's institutes offer tens. */
export const regionProgrammeLimit = 300;

/** Every programme of the region, for staff; unfiltered and unordered (no index), sorted on the page. */
export function regionProgrammesQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Programme>[], ReturnType<typeof programmeKeys.list>>(
    programmeKeys.list(regionId),
    subscribeList(query(programmesCollection(regionId), limit(regionProgrammeLimit))),
  );
}

export function useRegionProgrammes(regionId: string) {
  return useQuery(regionProgrammesQueryOptions(regionId));
}
