/** Query keys of the feedback feature. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  region: (regionId: string) => [...feedbackKeys.all, regionId] as const,
  recent: (regionId: string, since: string) => [...feedbackKeys.region(regionId), 'recent', since] as const,
};
