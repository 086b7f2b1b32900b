import { feedbackSchema, type Feedback } from '@koers/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';
import { meterQuery } from '../../../lib/read-meter';
import { feedbackKeys } from './feedback-keys';

const feedbackConverter = zodConverter(feedbackSchema);

/**
 * At most this many ratings are read (newest first): far more than a region collects in a
 * year, and it keeps the card's cost bounded however long the region runs. The card says so
 * when the cap is reached.
 */
export const feedbackReadLimit = 500;

/**
 * The region's ratings since `since` (YYYY-MM-DD), newest first. Read once rather than live:
 * an aggregate over a year does not need every new rating the moment it arrives.
 */
export function recentFeedbackQueryOptions(regionId: string, since: Date) {
  const sinceKey = since.toISOString().slice(0, 10);
  return queryOptions({
    queryKey: feedbackKeys.recent(regionId, sinceKey),
    staleTime: 5 * 60 * 1000,
    queryFn: async (): Promise<Feedback[]> => {
      const snapshot = await getDocs(
        query(
          collection(db, 'regions', regionId, 'feedback').withConverter(feedbackConverter),
          where('createdAt', '>=', since),
          orderBy('createdAt', 'desc'),
          limit(feedbackReadLimit),
        ),
      );
      meterQuery(snapshot);
      // One malformed rating is left out (and reported) rather than hiding the whole card.
      return snapshot.docs.flatMap((doc) => {
        try {
          return [doc.data()];
        } catch (error) {
          console.error(error);
          return [];
        }
      });
    },
  });
}

export function useRecentFeedback(regionId: string, since: Date) {
  return useQuery(recentFeedbackQueryOptions(regionId, since));
}
