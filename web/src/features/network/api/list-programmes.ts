import { programmeSchema, type Programme } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { networkKeys } from './network-keys';

const programmeConverter = zodConverter(programmeSchema);

/** Every training programme of the region (a region has a handful per institute), read whole and filtered in the browser. */
export function programmeListQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Programme>[], ReturnType<typeof networkKeys.programmes>>(
    networkKeys.programmes(regionId),
    subscribeList(query(collection(db, 'regions', regionId, 'programmes').withConverter(programmeConverter), orderBy('name'))),
  );
}

export function useProgrammeList(regionId: string) {
  return useQuery(programmeListQueryOptions(regionId));
}
