/** Query and mutation keys of the programmes feature. */
export const programmeKeys = {
  all: ['programmes'] as const,
  region: (regionId: string) => [...programmeKeys.all, regionId] as const,
  /** Every programme of the region (staff: proposing a candidate). */
  list: (regionId: string) => [...programmeKeys.region(regionId), 'list'] as const,
  organisation: (regionId: string, organisationId: string) => [...programmeKeys.region(regionId), 'organisation', organisationId] as const,
  create: () => [...programmeKeys.all, 'create'] as const,
  update: () => [...programmeKeys.all, 'update'] as const,
  setPublished: () => [...programmeKeys.all, 'set-published'] as const,
  remove: () => [...programmeKeys.all, 'delete'] as const,
};
