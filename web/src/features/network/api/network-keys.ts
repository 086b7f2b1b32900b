/** Query and mutation keys of the network feature (organisations come from regionKeys.organisations). */
export const networkKeys = {
  all: ['network'] as const,
  region: (regionId: string) => [...networkKeys.all, 'region', regionId] as const,
  contacts: (regionId: string) => [...networkKeys.region(regionId), 'contacts'] as const,
  programmes: (regionId: string) => [...networkKeys.region(regionId), 'programmes'] as const,
  organisationCandidates: (regionId: string, organisationId: string) => [...networkKeys.region(regionId), 'organisation-candidates', organisationId] as const,
  createOrganisation: () => [...networkKeys.all, 'create-organisation'] as const,
  updateOrganisation: () => [...networkKeys.all, 'update-organisation'] as const,
  saveContact: () => [...networkKeys.all, 'save-contact'] as const,
  deleteContact: () => [...networkKeys.all, 'delete-contact'] as const,
  commitImport: () => [...networkKeys.all, 'commit-import'] as const,
};
