import { activityKinds, type QuerySpec } from '@koers/domain';
import { z } from 'zod';

/** Upcoming (from today on) or past activities. */
export const activityPeriods = ['upcoming', 'past'] as const;
export type ActivityPeriod = (typeof activityPeriods)[number];

/**
 * The list's filters as they live in the URL (`/activiteiten?soort=webinar&status=concept`),
 * so a view is linkable. Unknown values are dropped, not fatal: a stale link still opens.
 */
export const activityListFiltersSchema = z.object({
  kind: z.enum(activityKinds).optional().catch(undefined),
  published: z.enum(['published', 'draft']).optional().catch(undefined),
  period: z.enum(activityPeriods).catch('upcoming'),
});
export type ActivityListFilters = z.output<typeof activityListFiltersSchema>;

/** URL parameter per filter (Dutch, as the other staff pages' URLs). */
export const activityFilterParams = { kind: 'soort', published: 'status', period: 'periode' } as const satisfies Record<keyof ActivityListFilters, string>;
const publishedParam = { published: 'gepubliceerd', draft: 'concept' } as const;
const periodParam = { upcoming: 'komend', past: 'voorbij' } as const;

export function parseActivityListFilters(params: URLSearchParams): ActivityListFilters {
  const published = Object.entries(publishedParam).find(([, value]) => value === params.get(activityFilterParams.published))?.[0];
  const period = Object.entries(periodParam).find(([, value]) => value === params.get(activityFilterParams.period))?.[0];
  return activityListFiltersSchema.parse({ kind: params.get(activityFilterParams.kind) ?? undefined, published, period });
}

/** The filters as URL parameters; defaults are left out so the plain page has a plain URL. */
export function activityListParams(filters: ActivityListFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.kind) params[activityFilterParams.kind] = filters.kind;
  if (filters.published) params[activityFilterParams.published] = publishedParam[filters.published];
  if (filters.period !== 'upcoming') params[activityFilterParams.period] = periodParam[filters.period];
  return params;
}

/** Most activities one list shows; a region plans a few a month, so this is years of them. */
export const activityListLimit = 200;

/**
 * The region's activities as data (pure, so tests/integration/indexes.test.ts checks the
 * index): kind and published filter on the server; upcoming ones (starting today or later,
 * `from` = the start of today in Amsterdam) soonest first, past ones most recent first.
 */
export function activityListSpec(filters: ActivityListFilters, from: Date): QuerySpec {
  const upcoming = filters.period === 'upcoming';
  return {
    collectionGroup: 'activities',
    filters: [
      ...(filters.kind ? [{ field: 'kind', op: '==' as const, value: filters.kind }] : []),
      ...(filters.published ? [{ field: 'published', op: '==' as const, value: filters.published === 'published' }] : []),
      { field: 'startsAt', op: upcoming ? ('>=' as const) : ('<' as const), value: from },
    ],
    orderBy: [{ field: 'startsAt', dir: upcoming ? 'asc' : 'desc' }],
  };
}
