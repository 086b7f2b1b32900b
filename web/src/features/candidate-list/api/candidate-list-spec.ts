import {
  boardColumnOf,
  boardColumns,
  candidateSources,
  jobFunctions,
  phases,
  priorEducationLevels,
  qualifications,
  hasSearchKey,
  searchKey,
  searchKeyField,
  sectors,
  subjects,
  type CandidateIndexEntry,
  type QuerySpec,
} from '@koers/domain';
import { z } from 'zod';

/** How the list may be sorted; every sort is ascending (longest ago / longest in phase first). */
export const candidateSorts = ['name', 'lastContact', 'phaseDays'] as const;
export type CandidateSort = (typeof candidateSorts)[number];

const sortField: Record<CandidateSort, 'name' | 'lastContactAt' | 'phaseSince'> = {
  name: 'name',
  lastContact: 'lastContactAt',
  phaseDays: 'phaseSince',
};

/** Array fields of the index, each filterable with one value. */
export const arrayFilterFields = ['sectors', 'functions', 'qualifications', 'subjects', 'tags'] as const;
export type ArrayFilterField = (typeof arrayFilterFields)[number];

/**
 * The list filters, as they live in the URL query string (so a view is linkable) and in a
 * saved view. Unknown or invalid values are dropped, not fatal: a stale link still opens.
 */
export const candidateListFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  column: z.enum(boardColumns).optional().catch(undefined),
  owner: z.string().min(1).max(128).optional().catch(undefined),
  source: z.enum(candidateSources).optional().catch(undefined),
  priorEducation: z.enum(priorEducationLevels).optional().catch(undefined),
  sectors: z.enum(sectors).optional().catch(undefined),
  functions: z.enum(jobFunctions).optional().catch(undefined),
  qualifications: z.enum(qualifications).optional().catch(undefined),
  subjects: z.enum(subjects).optional().catch(undefined),
  tags: z.string().trim().min(1).max(60).optional().catch(undefined),
  /** Only candidates without contact for at least this many days (or never contacted). */
  olderThan: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  /** Only candidates whose home region is another region (shared with this one). */
  shared: z.literal('1').optional().catch(undefined),
  sort: z.enum(candidateSorts).optional().catch(undefined),
});
export type CandidateListFilters = z.infer<typeof candidateListFiltersSchema>;

export const candidateListFilterKeys = Object.keys(candidateListFiltersSchema.shape) as Array<keyof CandidateListFilters>;

export function parseCandidateListFilters(params: URLSearchParams | Record<string, unknown>): CandidateListFilters {
  const raw = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const parsed = candidateListFiltersSchema.parse(raw);
  // Drop empty values, so equal filters compare (and key queries) equal.
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined && value !== '')) as CandidateListFilters;
}

export interface CandidateListPlan {
  /** What Firestore filters and sorts on. */
  spec: QuerySpec;
  /** What the app checks on each fetched entry: the filters Firestore cannot combine with the query. */
  matches: (entry: CandidateIndexEntry, now: Date) => boolean;
}

/**
 * How a filter set is queried. Firestore allows one array-contains per query, so:
 * - equality filters (status + phase for the board column, owner, source, prior
 *   education) always run on the server;
 * - one array-contains runs on the server: the search token when searching (so search
 *   covers the whole pool, not the loaded pages), else the first array filter set;
 * - further search words, the remaining array filters, "last contact older than N days" (which must also match
 *   never-contacted candidates, and a range filter would force the sort order) and "shared
 *   with my region" (`homeRegionId != r`, an inequality with the same problem) are checked
 *   in the app on each fetched entry. The pager keeps fetching until a page is full, so
 *   client-side filters never produce short or empty pages while more matches exist.
 * The server part needs, per equality/array field, an index (field, sort field); Firestore
 * merges those for any combination of them (index merging), so the index count grows with
 * the number of fields, not with the number of combinations.
 */
export function planCandidateList(regionId: string, filters: CandidateListFilters): CandidateListPlan {
  const where: Array<QuerySpec['filters'][number]> = [];
  if (filters.column) {
    if ((phases as readonly string[]).includes(filters.column)) {
      where.push({ field: 'status', op: '==', value: 'active' }, { field: 'phase', op: '==', value: filters.column });
    } else {
      where.push({ field: 'status', op: '==', value: filters.column });
    }
  }
  if (filters.owner) where.push({ field: 'ownerUid', op: '==', value: filters.owner });
  if (filters.source) where.push({ field: 'source', op: '==', value: filters.source });
  if (filters.priorEducation) where.push({ field: 'priorEducation', op: '==', value: filters.priorEducation });

  const key = filters.q ? searchKey(filters.q) : null;
  // The first word is looked up on the server; further words ("jan de vries") narrow in the app.
  const moreKeys = key && filters.q ? filters.q.trim().split(/\s+/).slice(1).flatMap((word) => searchKey(word) ?? []) : [];
  const arrayFilters = arrayFilterFields.flatMap((field) => (filters[field] ? [{ field, value: filters[field] }] : []));
  let clientArrayFilters = arrayFilters;
  if (key) {
    where.push({ field: searchKeyField(key), op: '==', value: true });
  } else if (arrayFilters[0]) {
    where.push({ field: arrayFilters[0].field, op: 'array-contains', value: arrayFilters[0].value });
    clientArrayFilters = arrayFilters.slice(1);
  }

  const spec: QuerySpec = {
    collectionGroup: 'candidateIndex',
    filters: where,
    // A search is served by the automatic index of its one map entry, merged with the
    // equality filters; sorting it would need a composite index per token, so search
    // results come in document order and the page sorts what it has loaded.
    orderBy: key ? [] : [{ field: sortField[filters.sort ?? 'name'], dir: 'asc' }],
  };
  const olderThan = filters.olderThan;
  const matches = (entry: CandidateIndexEntry, now: Date): boolean => {
    for (const filter of clientArrayFilters) {
      if (!(entry[filter.field] as readonly string[]).includes(filter.value)) return false;
    }
    if (moreKeys.some((more) => !hasSearchKey(entry.searchKeys, more))) return false;
    if (olderThan !== undefined && entry.lastContactAt && entry.lastContactAt.getTime() > now.getTime() - olderThan * 86_400_000) {
      return false;
    }
    if (filters.shared && entry.homeRegionId === regionId) return false;
    // Guards the server filters too, so a stale cached entry never shows under a filter it left.
    if (filters.column && boardColumnOf(entry) !== filters.column) return false;
    return true;
  };
  return { spec, matches };
}

/**
 * The order of the loaded rows. Firestore sorts every list except a search (see the plan),
 * whose loaded rows are sorted here the same way; ties and missing dates keep their order.
 */
export function orderLoadedRows<T extends Pick<CandidateIndexEntry, 'name' | 'lastContactAt' | 'phaseSince'>>(rows: T[], filters: CandidateListFilters): T[] {
  if (!filters.q || !searchKey(filters.q)) return rows;
  const field = sortField[filters.sort ?? 'name'];
  const value = (row: T): string | number => (field === 'name' ? row.name : (row[field]?.getTime() ?? -Infinity));
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (typeof left === 'string' && typeof right === 'string') return left.localeCompare(right, 'nl');
    return (left as number) - (right as number);
  });
}
