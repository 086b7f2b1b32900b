/** Query keys of the dashboard feature. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  aggregate: (regionId: string, period: string) => [...dashboardKeys.all, 'aggregate', regionId, period] as const,
};
