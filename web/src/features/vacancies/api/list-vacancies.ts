import type { Vacancy } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, query, where } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { vacanciesCollection } from './vacancy-converter';
import { vacancyKeys } from './vacancy-keys';

/** A school keeps a handful of vacancies; this is a guard, not a page size. */
export const organisationVacancyLimit = 200;

/**
 * The vacancies of one school. One equality filter and no order, so no composite index:
 * the list is small and sorted on the page (see `sortVacancies`).
 */
export function organisationVacanciesQueryOptions(regionId: string, organisationId: string) {
  return liveQueryOptions<WithId<Vacancy>[], ReturnType<typeof vacancyKeys.organisation>>(
    vacancyKeys.organisation(regionId, organisationId),
    subscribeList(query(vacanciesCollection(regionId), where('organisationId', '==', organisationId), limit(organisationVacancyLimit))),
  );
}

export function useOrganisationVacancies(regionId: string, organisationId: string) {
  return useQuery(organisationVacanciesQueryOptions(regionId, organisationId));
}
