import { useQueryClient } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { useSession } from '../../../lib/session';
import type { MyStep } from './get-my-steps';
import { routeKeys } from './route-keys';

export interface TickInput {
  step: MyStep;
  done: boolean;
}

/**
 * Ticks a step off (or back on). The rules let the candidate change exactly done, doneAt and
 * doneBy: done with the server's time and their own uid, or open with both null.
 */
export function tickStep(candidateId: string, uid: string, { step, done }: TickInput): Promise<void> {
  const ref = doc(db, 'candidates', candidateId, 'steps', step.id);
  return updateDoc(ref, done ? { done: true, doneAt: serverTimestamp(), doneBy: uid } : { done: false, doneAt: null, doneBy: null });
}

/**
 * Optimistic: the checkbox changes at once; when the write fails only that step goes back to
 * what it was (another step ticked meanwhile stays) and the promise rejects, so the page can say
 * so. A plain function rather than useMutation: the start page is on the first-load budget.
 */
export function useTickStep(): (input: TickInput) => Promise<void> {
  const { candidateId, uid } = useSession();
  const queryClient = useQueryClient();
  const key = routeKeys.steps(candidateId);
  const setStep = (id: string, change: (step: MyStep) => MyStep) =>
    queryClient.setQueryData<MyStep[]>(key, (steps) => steps?.map((step) => (step.id === id ? change(step) : step)));

  return async (input) => {
    const { step, done } = input;
    await queryClient.cancelQueries({ queryKey: key });
    setStep(step.id, (current) => ({ ...current, done, doneAt: done ? new Date() : null, doneBy: done ? uid : null }));
    try {
      await tickStep(candidateId, uid, input);
    } catch (error) {
      setStep(step.id, () => step);
      throw error;
    } finally {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };
}
