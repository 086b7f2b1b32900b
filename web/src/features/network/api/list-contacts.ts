import { contactSchema, type Contact } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { networkKeys } from './network-keys';

export const contactConverter = zodConverter(contactSchema);

/**
 * Every contact person of the region (`regions/{r}/contacts`, staff only). A region holds a
 * few dozen, so the overview, the organisation pages and the import share this one live
 * list and filter it in the browser instead of querying per organisation.
 */
export function contactListQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Contact>[], ReturnType<typeof networkKeys.contacts>>(
    networkKeys.contacts(regionId),
    subscribeList(query(collection(db, 'regions', regionId, 'contacts').withConverter(contactConverter), orderBy('name'))),
  );
}

export function useContactList(regionId: string) {
  return useQuery(contactListQueryOptions(regionId));
}
