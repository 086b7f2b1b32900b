import { introductionSchema, type Introduction } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeList, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { organisationKeys } from './organisation-keys';

const introductionConverter = zodConverter(introductionSchema);

/** `regions/{r}/organisations/{o}/introductions`: candidates proposed to the organisation, newest first. */
export function introductionListQueryOptions(regionId: string, organisationId: string) {
  return liveQueryOptions<WithId<Introduction>[], ReturnType<typeof organisationKeys.introductions>>(
    organisationKeys.introductions(regionId, organisationId),
    subscribeList(
      query(
        collection(db, 'regions', regionId, 'organisations', organisationId, 'introductions').withConverter(introductionConverter),
        orderBy('createdAt', 'desc'),
        limit(50),
      ),
    ),
  );
}

export function useIntroductionList(regionId: string, organisationId: string) {
  return useQuery(introductionListQueryOptions(regionId, organisationId));
}
