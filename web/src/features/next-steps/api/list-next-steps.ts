import type { NextStep } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { limit, orderBy, query } from 'firebase/firestore';
import { subscribeList, type WithId } from '../../../lib/firestore';
import { liveQueryOptions } from '../../../lib/live-query';
import { nextStepKeys } from './next-step-keys';
import { stepsCollection } from './next-step-converter';

/** A checklist is short; the cap only keeps a runaway list from flooding the dossier. */
export const nextStepLimit = 100;

/** The candidate's next steps, live, in checklist order. */
export function nextStepsQueryOptions(candidateId: string) {
  return liveQueryOptions<WithId<NextStep>[], ReturnType<typeof nextStepKeys.list>>(
    nextStepKeys.list(candidateId),
    subscribeList(query(stepsCollection(candidateId), orderBy('order', 'asc'), limit(nextStepLimit))),
  );
}

export function useNextSteps(candidateId: string) {
  return useQuery(nextStepsQueryOptions(candidateId));
}
