import type { Task } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, orderBy, query, where } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { taskKeys } from './task-keys';
import { tasksCollection } from './task-converter';

type TaskList = WithId<Task>[];

/** Most open tasks a region list shows; regions keep a handful per adviser. */
export const regionTaskLimit = 200;
export const recentlyDoneLimit = 10;

/** Open tasks assigned to `uid`, soonest due first. */
export function myOpenTasksQueryOptions(regionId: string, uid: string) {
  return liveQueryOptions<TaskList, ReturnType<typeof taskKeys.mine>>(
    taskKeys.mine(regionId, uid),
    subscribeList(
      query(tasksCollection(regionId), where('assigneeUid', '==', uid), where('done', '==', false), orderBy('dueDate', 'asc'), limit(regionTaskLimit)),
    ),
  );
}

/** Tasks `uid` finished most recently, so a mistaken "done" can be undone. */
export function myDoneTasksQueryOptions(regionId: string, uid: string) {
  return liveQueryOptions<TaskList, ReturnType<typeof taskKeys.myDone>>(
    taskKeys.myDone(regionId, uid),
    subscribeList(
      query(tasksCollection(regionId), where('assigneeUid', '==', uid), where('done', '==', true), orderBy('doneAt', 'desc'), limit(recentlyDoneLimit)),
    ),
  );
}

/** Open tasks of the region due before `today` (YYYY-MM-DD), longest overdue first. */
export function overdueTasksQueryOptions(regionId: string, today: string) {
  return liveQueryOptions<TaskList, ReturnType<typeof taskKeys.overdue>>(
    taskKeys.overdue(regionId, today),
    subscribeList(
      query(tasksCollection(regionId), where('done', '==', false), where('dueDate', '<', today), orderBy('dueDate', 'asc'), limit(regionTaskLimit)),
    ),
  );
}

/** Every open task of the region, soonest due first (grouped per assignee on the page). */
export function openTasksQueryOptions(regionId: string) {
  return liveQueryOptions<TaskList, ReturnType<typeof taskKeys.open>>(
    taskKeys.open(regionId),
    subscribeList(query(tasksCollection(regionId), where('done', '==', false), orderBy('dueDate', 'asc'), limit(regionTaskLimit))),
  );
}

export function useMyOpenTasks(regionId: string, uid: string) {
  return useQuery(myOpenTasksQueryOptions(regionId, uid));
}

export function useMyDoneTasks(regionId: string, uid: string) {
  return useQuery(myDoneTasksQueryOptions(regionId, uid));
}

export function useOverdueTasks(regionId: string, today: string) {
  return useQuery(overdueTasksQueryOptions(regionId, today));
}

export function useOpenTasks(regionId: string) {
  return useQuery(openTasksQueryOptions(regionId));
}
