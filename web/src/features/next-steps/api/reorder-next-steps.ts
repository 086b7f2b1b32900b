import { useMutation } from '@tanstack/react-query';
import { serverTimestamp, writeBatch } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { nextStepKeys } from './next-step-keys';
import { stepRef } from './next-step-converter';
import { reorderedPlaces, type StepPlace } from './step-order';

/** Moves one step up or down the checklist in one batch, each write attributed to the caller. */
export async function reorderNextSteps({ candidateId, uid, steps, from, to }: { candidateId: string; uid: string; steps: readonly StepPlace[]; from: number; to: number }): Promise<void> {
  const changes = reorderedPlaces(steps, from, to);
  if (changes.length === 0) return;
  const batch = writeBatch(db);
  for (const change of changes) batch.update(stepRef(candidateId, change.id), { order: change.order, updatedAt: serverTimestamp(), updatedBy: uid });
  await batch.commit();
}

export function useReorderNextSteps(candidateId: string) {
  return useMutation({ mutationKey: nextStepKeys.reorder(candidateId), mutationFn: reorderNextSteps });
}
