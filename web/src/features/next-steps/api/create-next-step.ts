import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { nextStepKeys } from './next-step-keys';
import { nextStepInputSchema, type NextStepInput } from './next-step-input';

export interface CreateNextStep {
  candidateId: string;
  uid: string;
  input: NextStepInput;
  /** Its place in the checklist: after the last step. */
  order: number;
}

/** Adds an open step to the candidate's checklist, attributed to the caller, now. */
export async function createNextStep({ candidateId, uid, input, order }: CreateNextStep): Promise<string> {
  const step = nextStepInputSchema.parse(input);
  const ref = await addDoc(collection(db, 'candidates', candidateId, 'steps'), {
    ...step,
    order,
    done: false,
    doneAt: null,
    doneBy: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

export function useCreateNextStep(candidateId: string) {
  return useMutation({ mutationKey: nextStepKeys.create(candidateId), mutationFn: createNextStep });
}
