/** Query keys of the self-service feature. */
export const selfServiceKeys = {
  all: ['self-service'] as const,
  dossier: (candidateId: string) => [...selfServiceKeys.all, 'dossier', candidateId] as const,
};
