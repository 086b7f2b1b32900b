import { useMutation } from '@tanstack/react-query';
import { deleteDoc } from 'firebase/firestore';
import { nextStepKeys } from './next-step-keys';
import { stepRef } from './next-step-converter';

export interface DeleteNextStep {
  candidateId: string;
  stepId: string;
}

/** Removes a step from the candidate's checklist. */
export async function deleteNextStep({ candidateId, stepId }: DeleteNextStep): Promise<void> {
  await deleteDoc(stepRef(candidateId, stepId));
}

export function useDeleteNextStep(candidateId: string) {
  return useMutation({ mutationKey: nextStepKeys.remove(candidateId), mutationFn: deleteNextStep });
}
