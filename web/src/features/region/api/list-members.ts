import { memberSchema, type Member } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { regionKeys } from './region-keys';

const memberConverter = zodConverter(memberSchema);

/** `regions/{r}/members`: people with a role in the region (staff of r and admins may list). */
export function memberListQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Member>[], ReturnType<typeof regionKeys.members>>(
    regionKeys.members(regionId),
    subscribeList(query(collection(db, 'regions', regionId, 'members').withConverter(memberConverter), orderBy('displayName'))),
  );
}

export function useMemberList(regionId: string | null) {
  return useQuery({ ...memberListQueryOptions(regionId ?? '-'), enabled: Boolean(regionId) });
}
