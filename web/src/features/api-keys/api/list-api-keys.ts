import { apiKeySchema, type ApiKey } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { apiKeyKeys } from './api-key-keys';

const apiKeyConverter = zodConverter(apiKeySchema);

/** `regions/{r}/apiKeys`, newest first: only the region's coordinators may list them. */
export function apiKeyListQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<ApiKey>[], ReturnType<typeof apiKeyKeys.list>>(
    apiKeyKeys.list(regionId),
    subscribeList(query(collection(db, 'regions', regionId, 'apiKeys').withConverter(apiKeyConverter), orderBy('createdAt', 'desc'))),
  );
}

export function useApiKeyList(regionId: string | null) {
  return useQuery({ ...apiKeyListQueryOptions(regionId ?? '-'), enabled: Boolean(regionId) });
}
