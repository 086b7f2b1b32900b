/** Query keys of the region feature. */
export const regionKeys = {
  all: ['regions'] as const,
  list: () => [...regionKeys.all, 'list'] as const,
  detail: (regionId: string) => [...regionKeys.all, 'detail', regionId] as const,
  members: (regionId: string) => [...regionKeys.detail(regionId), 'members'] as const,
  organisations: (regionId: string) => [...regionKeys.detail(regionId), 'organisations'] as const,
  recentStarts: (regionId: string) => [...regionKeys.detail(regionId), 'recent-starts'] as const,
};
