import { feedbackSummarySchema, type FeedbackSummary } from '@koers/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';
import { meterQuery } from '../../../lib/read-meter';
import { feedbackKeys } from './feedback-keys';

const summaryConverter = zodConverter(feedbackSummarySchema);

/** One summary document per month: the card reads at most this many, however many ratings there are. */
export const summaryMonths = 12;

/**
 * The region's monthly rating summaries from `firstMonth` (YYYY-MM) on. Read once rather than
 * live: a year's figures do not need each new rating the moment it arrives.
 */
export function feedbackSummariesQueryOptions(regionId: string, firstMonth: string) {
  return queryOptions({
    queryKey: feedbackKeys.summaries(regionId, firstMonth),
    staleTime: 5 * 60 * 1000,
    queryFn: async (): Promise<FeedbackSummary[]> => {
      const snapshot = await getDocs(
        query(
          collection(db, 'regions', regionId, 'feedbackSummaries').withConverter(summaryConverter),
          where('month', '>=', firstMonth),
          orderBy('month'),
          limit(summaryMonths),
        ),
      );
      meterQuery(snapshot);
      return snapshot.docs.map((doc) => doc.data());
    },
  });
}

export function useFeedbackSummaries(regionId: string, firstMonth: string) {
  return useQuery(feedbackSummariesQueryOptions(regionId, firstMonth));
}
