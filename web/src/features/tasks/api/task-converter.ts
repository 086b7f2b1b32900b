import { taskSchema } from '@koers/domain';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const taskConverter = zodConverter(taskSchema);

/** `regions/{r}/tasks`, parsed. */
export function tasksCollection(regionId: string) {
  return collection(db, 'regions', regionId, 'tasks').withConverter(taskConverter);
}

/** Today as `YYYY-MM-DD` in the person's own time zone (due dates are calendar days). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
