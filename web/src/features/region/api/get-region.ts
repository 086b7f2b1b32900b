import { regionSchema, type Region } from '@koers/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { regionKeys } from './region-keys';

export const regionConverter = zodConverter(regionSchema);

/** `regions/{regionId}`: readable by every signed-in person. */
export function regionQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Region> | null, ReturnType<typeof regionKeys.detail>>(
    regionKeys.detail(regionId),
    subscribeDoc(doc(db, 'regions', regionId).withConverter(regionConverter)),
  );
}

export function useRegion(regionId: string | null) {
  return useQuery({ ...regionQueryOptions(regionId ?? '-'), enabled: Boolean(regionId) });
}

/** Several regions at once, in the given order. */
export function useRegions(regionIds: readonly string[]) {
  return useQueries({ queries: regionIds.map((regionId) => regionQueryOptions(regionId)) });
}
