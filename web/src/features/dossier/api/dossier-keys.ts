/** Query keys of the dossier feature. */
export const dossierKeys = {
  all: ['dossier'] as const,
  detail: (candidateId: string) => [...dossierKeys.all, candidateId] as const,
  interactions: (candidateId: string, size: number) => [...dossierKeys.detail(candidateId), 'interactions', size] as const,
  audit: (candidateId: string, size: number) => [...dossierKeys.detail(candidateId), 'audit', size] as const,
  presence: (candidateId: string) => [...dossierKeys.detail(candidateId), 'presence'] as const,
  updateField: (candidateId: string) => [...dossierKeys.detail(candidateId), 'update-field'] as const,
  logContact: (candidateId: string) => [...dossierKeys.detail(candidateId), 'log-contact'] as const,
  changeJourney: (candidateId: string) => [...dossierKeys.detail(candidateId), 'change-journey'] as const,
  invite: (candidateId: string) => [...dossierKeys.detail(candidateId), 'invite'] as const,
};
