import { useQuery, queryOptions } from '@tanstack/react-query';
import { collection, getCountFromServer } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { daysAgo } from '../../../lib/format';
import { applySpec } from '../../../lib/query-spec';
import { meterCount } from '../../../lib/read-meter';
import { outOfSightSpecs } from './my-candidates-spec';
import { candidateKeys } from './candidate-keys';

/**
 * How many of the adviser's active candidates are out of sight: no contact for `days`
 * days (the region's `settings.losingSightDays`), or never. Counted on the server, so
 * it covers every candidate, not just the first page.
 */
export async function countOutOfSight(regionId: string, ownerUid: string, days: number): Promise<number> {
  const index = collection(db, 'regions', regionId, 'candidateIndex');
  const [staleSpec, neverSpec] = outOfSightSpecs(ownerUid, daysAgo(days));
  const [stale, never] = await Promise.all([getCountFromServer(applySpec(index, staleSpec)), getCountFromServer(applySpec(index, neverSpec))]);
  meterCount();
  meterCount();
  return stale.data().count + never.data().count;
}

export function outOfSightCountQueryOptions(regionId: string, ownerUid: string, days: number) {
  return queryOptions({
    queryKey: candidateKeys.outOfSightCount(regionId, ownerUid, days),
    queryFn: () => countOutOfSight(regionId, ownerUid, days),
    staleTime: 60_000,
  });
}

export function useOutOfSightCount(regionId: string, ownerUid: string, days: number | undefined) {
  return useQuery({ ...outOfSightCountQueryOptions(regionId, ownerUid, days ?? 0), enabled: days !== undefined });
}
