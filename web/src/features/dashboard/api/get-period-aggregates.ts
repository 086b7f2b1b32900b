import { aggregatePath, aggregateSchema, type Aggregate } from '@koers/domain';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter, type WithId } from '../../../lib/firestore';
import { meterDocument } from '../../../lib/read-meter';
import { dashboardKeys } from './dashboard-keys';

const aggregateConverter = zodConverter(aggregateSchema);

/** A period and slice of a region's aggregates. */
export interface AggregateRef {
  period: string;
  slice: string;
}

/**
 * One period's slice (`aggregatePath`), read once: past periods no longer change and the
 * running one may lag a few minutes. Null when nothing was counted in it.
 */
export function periodAggregateQueryOptions(regionId: string, { period, slice }: AggregateRef) {
  return queryOptions({
    queryKey: dashboardKeys.periodAggregate(regionId, period, slice),
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<WithId<Aggregate> | null> => {
      const snapshot = await getDoc(doc(db, aggregatePath(regionId, period, slice)).withConverter(aggregateConverter));
      meterDocument(snapshot);
      return snapshot.exists() ? snapshot.data() : null;
    },
  });
}

/** The given periods' slices, one document read each, in the given order. */
export function usePeriodAggregates(regionId: string, refs: readonly AggregateRef[]) {
  return useQueries({
    queries: refs.map((ref) => periodAggregateQueryOptions(regionId, ref)),
    combine: (results) => ({
      data: results.every((result) => result.isSuccess) ? results.map((result) => result.data ?? null) : undefined,
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error ?? null,
      refetch: () => results.forEach((result) => void result.refetch()),
    }),
  });
}
