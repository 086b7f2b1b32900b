import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { taskKeys } from './task-keys';

/** Marks a task done (doneAt = now) or open again (doneAt = null), attributed to the caller. */
export async function setTaskDone({ regionId, taskId, uid, done }: { regionId: string; taskId: string; uid: string; done: boolean }): Promise<void> {
  await updateDoc(doc(db, 'regions', regionId, 'tasks', taskId), {
    done,
    doneAt: done ? serverTimestamp() : null,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

export function useSetTaskDone() {
  return useMutation({ mutationKey: taskKeys.setDone(), mutationFn: setTaskDone });
}
