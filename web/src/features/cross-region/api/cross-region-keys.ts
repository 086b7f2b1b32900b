/** Query keys of the cross-region comparison. */
export const crossRegionKeys = {
  all: ['cross-region'] as const,
  period: (period: string) => [...crossRegionKeys.all, 'period', period] as const,
};
