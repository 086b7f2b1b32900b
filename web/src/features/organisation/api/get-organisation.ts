import { organisationSchema, type Organisation } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { organisationKeys } from './organisation-keys';

const organisationConverter = zodConverter(organisationSchema);

/** `regions/{r}/organisations/{o}`: the school, board or institute a person works for. */
export function organisationQueryOptions(regionId: string, organisationId: string) {
  return liveQueryOptions<WithId<Organisation> | null, ReturnType<typeof organisationKeys.detail>>(
    organisationKeys.detail(regionId, organisationId),
    subscribeDoc(doc(db, 'regions', regionId, 'organisations', organisationId).withConverter(organisationConverter)),
  );
}

export function useOrganisation(regionId: string, organisationId: string) {
  return useQuery(organisationQueryOptions(regionId, organisationId));
}
