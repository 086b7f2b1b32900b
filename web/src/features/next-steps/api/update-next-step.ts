import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, updateDoc } from 'firebase/firestore';
import { nextStepKeys } from './next-step-keys';
import { stepRef } from './next-step-converter';
import { nextStepInputSchema, type NextStepInput } from './next-step-input';

/** Changes a step's title, detail and due date; the candidate's tick stays as it is. */
export async function updateNextStep({ candidateId, stepId, uid, input }: { candidateId: string; stepId: string; uid: string; input: NextStepInput }): Promise<void> {
  await updateDoc(stepRef(candidateId, stepId), { ...nextStepInputSchema.parse(input), updatedAt: serverTimestamp(), updatedBy: uid });
}

export function useUpdateNextStep(candidateId: string) {
  return useMutation({ mutationKey: nextStepKeys.update(candidateId), mutationFn: updateNextStep });
}
