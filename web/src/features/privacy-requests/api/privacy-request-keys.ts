/** Query and mutation keys of the privacy-requests feature. */
export const privacyRequestKeys = {
  all: ['privacy-requests'] as const,
  region: (regionId: string) => [...privacyRequestKeys.all, regionId] as const,
  open: (regionId: string) => [...privacyRequestKeys.region(regionId), 'open'] as const,
  handled: (regionId: string) => [...privacyRequestKeys.region(regionId), 'handled'] as const,
  candidateName: (regionId: string, candidateId: string) => [...privacyRequestKeys.region(regionId), 'candidate-name', candidateId] as const,
  handle: () => [...privacyRequestKeys.all, 'handle'] as const,
};
