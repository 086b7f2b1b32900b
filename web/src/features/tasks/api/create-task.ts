import { taskSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { taskKeys } from './task-keys';

/** What a person fills in; the rest (stamps, done) the operation adds. */
export const createTaskInputSchema = taskSchema.pick({ title: true, assigneeUid: true, dueDate: true, candidateId: true }).extend({
  assigneeUid: z.string().min(1),
});
export type CreateTaskInput = z.output<typeof createTaskInputSchema>;

/** Creates an open task in `regions/{r}/tasks`, attributed to the caller, now. */
export async function createTask({ regionId, uid, input }: { regionId: string; uid: string; input: CreateTaskInput }): Promise<string> {
  const task = createTaskInputSchema.parse(input);
  const ref = await addDoc(collection(db, 'regions', regionId, 'tasks'), {
    ...task,
    done: false,
    doneAt: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

export function useCreateTask() {
  return useMutation({ mutationKey: taskKeys.create(), mutationFn: createTask });
}
