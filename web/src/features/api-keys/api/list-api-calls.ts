import { apiCallSchema, type ApiCall } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { apiKeyKeys } from './api-key-keys';

const apiCallConverter = zodConverter(apiCallSchema);

/** How many of a key's calls the page shows. */
export const recentCallCount = 20;

/** The latest calls of one key (`regions/{r}/apiKeys/{k}/calls`), newest first. */
export function apiCallListQueryOptions(regionId: string, keyId: string) {
  return liveQueryOptions<WithId<ApiCall>[], ReturnType<typeof apiKeyKeys.calls>>(
    apiKeyKeys.calls(regionId, keyId),
    subscribeList(
      query(collection(db, 'regions', regionId, 'apiKeys', keyId, 'calls').withConverter(apiCallConverter), orderBy('at', 'desc'), limit(recentCallCount)),
    ),
  );
}

/** Listens only while `enabled` (the key's panel is open), so closed panels cost no reads. */
export function useApiCallList(regionId: string, keyId: string, enabled: boolean) {
  return useQuery({ ...apiCallListQueryOptions(regionId, keyId), enabled });
}
