import { organisationSchema, type Organisation } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { regionKeys } from './region-keys';

export const organisationConverter = zodConverter(organisationSchema);

/** `regions/{r}/organisations`: schools, boards and institutes (everyone with a role in r). */
export function organisationListQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Organisation>[], ReturnType<typeof regionKeys.organisations>>(
    regionKeys.organisations(regionId),
    subscribeList(query(collection(db, 'regions', regionId, 'organisations').withConverter(organisationConverter), orderBy('name'))),
  );
}

export function useOrganisationList(regionId: string | null) {
  return useQuery({ ...organisationListQueryOptions(regionId ?? '-'), enabled: Boolean(regionId) });
}
