/** Query keys of the feedback feature. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  region: (regionId: string) => [...feedbackKeys.all, regionId] as const,
  summaries: (regionId: string, firstMonth: string) => [...feedbackKeys.region(regionId), 'summaries', firstMonth] as const,
  comments: (regionId: string, since: string) => [...feedbackKeys.region(regionId), 'comments', since] as const,
};
