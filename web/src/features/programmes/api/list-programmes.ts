import type { Programme } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, query, where } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { programmesCollection } from './programme-converter';
import { programmeKeys } from './programme-keys';

/** An institute offers a handful of programmes; this is a guard, not a page size. */
export const organisationProgrammeLimit = 200;

/**
 * The programmes of one institute. One equality filter and no order, so no composite index:
 * the list is small and sorted on the page.
 */
export function organisationProgrammesQueryOptions(regionId: string, organisationId: string) {
  return liveQueryOptions<WithId<Programme>[], ReturnType<typeof programmeKeys.organisation>>(
    programmeKeys.organisation(regionId, organisationId),
    subscribeList(query(programmesCollection(regionId), where('organisationId', '==', organisationId), limit(organisationProgrammeLimit))),
  );
}

export function useOrganisationProgrammes(regionId: string, organisationId: string) {
  return useQuery(organisationProgrammesQueryOptions(regionId, organisationId));
}
