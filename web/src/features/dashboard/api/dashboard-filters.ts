import { allSlice, periodIdsEndingAt, sectors, subjects, type FlowPeriodKind } from '@koers/domain';
import { z } from 'zod';

/** The periods the dashboard offers; `nu` shows the state now without flows. */
export const dashboardPeriods = ['nu', '30d', '12w', '12m', 'jaar'] as const;
export type DashboardPeriod = (typeof dashboardPeriods)[number];

/**
 * The dashboard's filters as they live in the URL (`?periode=12m&sector=vo`). One slice at a
 * time: the aggregates hold each slice on its own, not their combinations.
 */
export const dashboardFiltersSchema = z.object({
  periode: z.enum(dashboardPeriods).catch('nu'),
  sector: z.enum(sectors).optional().catch(undefined),
  vak: z.enum(subjects).optional().catch(undefined),
  eigenaar: z.string().min(1).max(128).optional().catch(undefined),
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  return dashboardFiltersSchema.parse(Object.fromEntries(params));
}

/** The aggregate slice the filters pick. */
export function sliceOfFilters(filters: DashboardFilters): string {
  if (filters.sector) return `sector.${filters.sector}`;
  if (filters.vak) return `subject.${filters.vak}`;
  if (filters.eigenaar) return `owner.${filters.eigenaar}`;
  return allSlice;
}

/** The flow periods a dashboard period reads, oldest first (none for `nu`). */
export function periodIdsOf(period: DashboardPeriod, now: Date): { kind: FlowPeriodKind | null; ids: string[] } {
  switch (period) {
    case 'nu':
      return { kind: null, ids: [] };
    case '30d':
      return { kind: 'day', ids: periodIdsEndingAt('day', 30, now) };
    case '12w':
      return { kind: 'week', ids: periodIdsEndingAt('week', 12, now) };
    case '12m':
      return { kind: 'month', ids: periodIdsEndingAt('month', 12, now) };
    case 'jaar':
      return { kind: 'month', ids: periodIdsEndingAt('month', Number(new Intl.DateTimeFormat('en', { month: 'numeric', timeZone: 'Europe/Amsterdam' }).format(now)), now) };
  }
}
