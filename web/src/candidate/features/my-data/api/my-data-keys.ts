/** Query keys of the my-data page (the profile and consent come from the view: mijnKeys.view). */
export const myDataKeys = {
  all: ['mijn', 'my-data'] as const,
  /** My privacy requests in the regions of my dossier. */
  privacyRequests: (candidateId: string, regionIds: readonly string[]) => [...myDataKeys.all, 'privacy-requests', candidateId, [...regionIds].sort().join(',')] as const,
};
