import type { ActivityListFilters } from './activity-list-spec';

/** Query keys of the activities feature. */
export const activityKeys = {
  all: ['activities'] as const,
  region: (regionId: string) => [...activityKeys.all, 'region', regionId] as const,
  list: (regionId: string, filters: ActivityListFilters, today: string) => [...activityKeys.region(regionId), 'list', filters, today] as const,
  detail: (regionId: string, activityId: string) => [...activityKeys.region(regionId), 'detail', activityId] as const,
  registrations: (regionId: string, activityId: string) => [...activityKeys.detail(regionId, activityId), 'registrations'] as const,
  create: () => [...activityKeys.all, 'create'] as const,
  update: () => [...activityKeys.all, 'update'] as const,
  setPublished: () => [...activityKeys.all, 'set-published'] as const,
  register: () => [...activityKeys.all, 'register'] as const,
  setRegistrationStatus: () => [...activityKeys.all, 'set-registration-status'] as const,
};
