/** Query keys of the dashboard feature. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  aggregate: (regionId: string, period: string) => [...dashboardKeys.all, 'aggregate', regionId, period] as const,
  periodAggregate: (regionId: string, period: string, slice: string) => [...dashboardKeys.all, 'period-aggregate', regionId, period, slice] as const,
};
