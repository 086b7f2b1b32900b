import type { Region } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { regionConverter } from './get-region';
import { regionKeys } from './region-keys';

/** Every region on the platform, by name (for admins; any signed-in person may read them). */
export function regionListQueryOptions() {
  return liveQueryOptions<WithId<Region>[], ReturnType<typeof regionKeys.list>>(
    regionKeys.list(),
    subscribeList(query(collection(db, 'regions').withConverter(regionConverter), orderBy('name'))),
  );
}

export function useRegionList(enabled = true) {
  return useQuery({ ...regionListQueryOptions(), enabled });
}
