/** Query keys of the candidate app, one factory for every feature. */
export const mijnKeys = {
  all: ['mijn'] as const,
  access: (uid: string) => [...mijnKeys.all, 'access', uid] as const,
  view: (candidateId: string) => [...mijnKeys.all, 'view', candidateId] as const,
  region: (regionId: string) => [...mijnKeys.all, 'region', regionId] as const,
  steps: (candidateId: string) => [...mijnKeys.all, 'steps', candidateId] as const,
  activities: (candidateId: string) => [...mijnKeys.all, 'activities', candidateId] as const,
  registrations: (candidateId: string) => [...mijnKeys.all, 'registrations', candidateId] as const,
  feedback: (candidateId: string) => [...mijnKeys.all, 'feedback', candidateId] as const,
  privacyRequests: (candidateId: string) => [...mijnKeys.all, 'privacy-requests', candidateId] as const,
};
