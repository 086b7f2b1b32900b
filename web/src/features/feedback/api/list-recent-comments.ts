import { feedbackSchema } from '@koers/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';
import { meterQuery } from '../../../lib/read-meter';
import { feedbackKeys } from './feedback-keys';
import { latestComments, type FeedbackComment } from './feedback-summary';

const feedbackConverter = zodConverter(feedbackSchema);

/**
 * The newest ratings read for comments. Most ratings come without a comment, so a few more
 * than are shown; the figures themselves come from the monthly summaries, not from these.
 */
export const commentReadLimit = 20;
export const commentsShown = 5;

/**
 * The newest comments among the region's ratings since `since`, without who wrote them.
 * Raw ratings are readable by the region's staff only (coordinators, advisers).
 */
export function recentCommentsQueryOptions(regionId: string, since: Date) {
  const sinceKey = since.toISOString().slice(0, 10);
  return queryOptions({
    queryKey: feedbackKeys.comments(regionId, sinceKey),
    staleTime: 5 * 60 * 1000,
    queryFn: async (): Promise<FeedbackComment[]> => {
      const snapshot = await getDocs(
        query(
          collection(db, 'regions', regionId, 'feedback').withConverter(feedbackConverter),
          where('createdAt', '>=', since),
          orderBy('createdAt', 'desc'),
          limit(commentReadLimit),
        ),
      );
      meterQuery(snapshot);
      // One malformed rating is left out (and reported) rather than hiding every comment.
      const feedback = snapshot.docs.flatMap((doc) => {
        try {
          return [doc.data()];
        } catch (error) {
          console.error(error);
          return [];
        }
      });
      return latestComments(feedback, commentsShown);
    },
  });
}

export function useRecentComments(regionId: string, since: Date) {
  return useQuery(recentCommentsQueryOptions(regionId, since));
}
