import { contactSchema, type Contact } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { organisationKeys } from './organisation-keys';

const contactConverter = zodConverter(contactSchema);

/**
 * The contact persons the region keeps for this organisation. Members may read only their own
 * organisation's contacts, so the query filters on it (rules are not filters); one equality
 * and no order, so no composite index — the page sorts the few there are.
 */
export function organisationContactsQueryOptions(regionId: string, organisationId: string) {
  return liveQueryOptions<WithId<Contact>[], ReturnType<typeof organisationKeys.contacts>>(
    organisationKeys.contacts(regionId, organisationId),
    subscribeList(
      query(collection(db, 'regions', regionId, 'contacts').withConverter(contactConverter), where('organisationId', '==', organisationId), limit(100)),
    ),
  );
}

export function useOrganisationContacts(regionId: string, organisationId: string) {
  return useQuery(organisationContactsQueryOptions(regionId, organisationId));
}
