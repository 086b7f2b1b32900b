/** Query keys of the activities page. */
export const activityKeys = {
  all: ['mijn', 'activities'] as const,
  /** Upcoming published activities of the candidate's regions and cross-regional ones. */
  upcoming: (candidateId: string, regionIds: readonly string[]) => [...activityKeys.all, 'upcoming', candidateId, [...regionIds].sort().join(',')] as const,
  /** The candidate's registrations in every region, with their activity. */
  registrations: (candidateId: string) => [...activityKeys.all, 'registrations', candidateId] as const,
};
