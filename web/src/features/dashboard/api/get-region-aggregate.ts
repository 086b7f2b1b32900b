import { aggregateSchema, type Aggregate } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { dashboardKeys } from './dashboard-keys';

const aggregateConverter = zodConverter(aggregateSchema);

/** `regions/{r}/aggregates/{period}` (the `all` slice) live; `current` is the region-wide state now. */
export function regionAggregateQueryOptions(regionId: string, period = 'current') {
  return liveQueryOptions<WithId<Aggregate> | null, ReturnType<typeof dashboardKeys.aggregate>>(
    dashboardKeys.aggregate(regionId, period),
    subscribeDoc(doc(db, 'regions', regionId, 'aggregates', period).withConverter(aggregateConverter)),
  );
}

export function useRegionAggregate(regionId: string, period = 'current') {
  return useQuery(regionAggregateQueryOptions(regionId, period));
}
