import type { Vacancy } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, query } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { vacanciesCollection } from './vacancy-converter';
import { vacancyKeys } from './vacancy-keys';

/** Most vacancies the region list loads; a region has tens to a few hundred at once. */
export const regionVacancyLimit = 500;

/**
 * Every vacancy of the region, for staff. Unfiltered and unordered, so no composite index:
 * filters (sector, subject, published) are combinations a region's few hundred vacancies
 * answer faster on the page than an index per combination would.
 */
export function regionVacanciesQueryOptions(regionId: string) {
  return liveQueryOptions<WithId<Vacancy>[], ReturnType<typeof vacancyKeys.list>>(
    vacancyKeys.list(regionId),
    subscribeList(query(vacanciesCollection(regionId), limit(regionVacancyLimit))),
  );
}

export function useRegionVacancies(regionId: string) {
  return useQuery(regionVacanciesQueryOptions(regionId));
}
