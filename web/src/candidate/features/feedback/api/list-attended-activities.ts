import { useQuery } from '@tanstack/react-query';
import { collectionGroup, doc, query, where } from 'firebase/firestore/lite';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { readDoc, readList } from '../../../lib/firestore';
import { feedbackKeys } from './feedback-keys';

// Only the fields the prompt needs (not the full activity and registration schemas: this
// module is part of the start page's first load).
const registrationStatusSchema = z.object({ candidateId: z.string(), status: z.string() });
const activityTitleSchema = z.object({ title: z.string(), startsAt: z.date() });

/** How long after an activity the candidate is asked about it. */
const askForDays = 30;

export interface AttendedActivity {
  regionId: string;
  activityId: string;
  title: string;
  startsAt: Date;
}

/** Activities I attended in the last weeks (registrations with status attended), with their title. */
export async function listAttendedActivities(candidateId: string, now: Date): Promise<AttendedActivity[]> {
  const registrations = await readList(query(collectionGroup(db, 'registrations'), where('candidateId', '==', candidateId)), registrationStatusSchema);
  const attended = registrations.filter((registration) => registration.status === 'attended');
  const rows = await Promise.all(
    attended.map(async (registration) => {
      const [, regionId = '', , activityId = ''] = registration.path.split('/');
      const activity = await readDoc(doc(db, 'regions', regionId, 'activities', activityId), activityTitleSchema).catch(() => null);
      return activity ? [{ regionId, activityId, title: activity.title, startsAt: activity.startsAt }] : [];
    }),
  );
  const since = now.getTime() - askForDays * 24 * 60 * 60 * 1000;
  return rows.flat().filter((row) => row.startsAt.getTime() >= since && row.startsAt.getTime() <= now.getTime());
}

export function useAttendedActivities(candidateId: string) {
  return useQuery({ queryKey: feedbackKeys.attended(candidateId), queryFn: () => listAttendedActivities(candidateId, new Date()), staleTime: 5 * 60_000 });
}
