/** Query keys of the organisation feature. */
export const organisationKeys = {
  all: ['organisation'] as const,
  detail: (regionId: string, organisationId: string) => [...organisationKeys.all, regionId, organisationId] as const,
  introductions: (regionId: string, organisationId: string) =>
    [...organisationKeys.detail(regionId, organisationId), 'introductions'] as const,
  contacts: (regionId: string, organisationId: string) => [...organisationKeys.detail(regionId, organisationId), 'contacts'] as const,
  update: () => [...organisationKeys.all, 'update'] as const,
  respond: () => [...organisationKeys.all, 'respond'] as const,
};
