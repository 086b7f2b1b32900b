/** Query and mutation keys of the vacancies feature. */
export const vacancyKeys = {
  all: ['vacancies'] as const,
  region: (regionId: string) => [...vacancyKeys.all, regionId] as const,
  list: (regionId: string) => [...vacancyKeys.region(regionId), 'list'] as const,
  organisation: (regionId: string, organisationId: string) => [...vacancyKeys.region(regionId), 'organisation', organisationId] as const,
  create: () => [...vacancyKeys.all, 'create'] as const,
  update: () => [...vacancyKeys.all, 'update'] as const,
  setPublished: () => [...vacancyKeys.all, 'set-published'] as const,
  remove: () => [...vacancyKeys.all, 'delete'] as const,
};
