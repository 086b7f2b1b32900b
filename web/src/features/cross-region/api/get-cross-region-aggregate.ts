import { crossRegionAggregateSchema, type CrossRegionAggregate } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { subscribeDoc, zodConverter, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { crossRegionKeys } from './cross-region-keys';

const converter = zodConverter(crossRegionAggregateSchema);

/**
 * `crossRegionAggregates/{period}`: the participating regions' figures side by side, kept by
 * functions with small numbers already suppressed. The rules refuse a period the person's
 * regions are not listed in, and a period without a document, alike.
 */
export function crossRegionAggregateQueryOptions(period: string) {
  return liveQueryOptions<WithId<CrossRegionAggregate> | null, ReturnType<typeof crossRegionKeys.period>>(
    crossRegionKeys.period(period),
    subscribeDoc(doc(db, 'crossRegionAggregates', period).withConverter(converter)),
  );
}

export function useCrossRegionAggregate(period: string) {
  return useQuery(crossRegionAggregateQueryOptions(period));
}
