/** Query keys of the dossier feature. */
export const dossierKeys = {
  all: ['dossier'] as const,
  detail: (candidateId: string) => [...dossierKeys.all, candidateId] as const,
  interactions: (candidateId: string) => [...dossierKeys.detail(candidateId), 'interactions'] as const,
  audit: (candidateId: string) => [...dossierKeys.detail(candidateId), 'audit'] as const,
  presence: (candidateId: string) => [...dossierKeys.detail(candidateId), 'presence'] as const,
  updateField: (candidateId: string) => [...dossierKeys.detail(candidateId), 'update-field'] as const,
  logContact: (candidateId: string) => [...dossierKeys.detail(candidateId), 'log-contact'] as const,
  changeJourney: (candidateId: string) => [...dossierKeys.detail(candidateId), 'change-journey'] as const,
};
