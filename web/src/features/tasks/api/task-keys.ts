/** Query keys of the tasks feature. */
export const taskKeys = {
  all: ['tasks'] as const,
  region: (regionId: string) => [...taskKeys.all, 'region', regionId] as const,
  mine: (regionId: string, uid: string) => [...taskKeys.region(regionId), 'mine', uid] as const,
  myDone: (regionId: string, uid: string) => [...taskKeys.region(regionId), 'mine-done', uid] as const,
  overdue: (regionId: string, today: string) => [...taskKeys.region(regionId), 'overdue', today] as const,
  open: (regionId: string) => [...taskKeys.region(regionId), 'open'] as const,
  create: () => [...taskKeys.all, 'create'] as const,
  setDone: () => [...taskKeys.all, 'set-done'] as const,
};
