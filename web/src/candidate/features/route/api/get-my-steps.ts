import { nextStepSchema, type NextStep } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { collection, orderBy, query } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { readList, type Listed } from '../../../lib/firestore';
import { useSession } from '../../../lib/session';
import { routeKeys } from './route-keys';

export type MyStep = Listed<NextStep>;

/** `candidates/{candidateId}/steps`: the checklist the adviser set, in their order. */
export function getMySteps(candidateId: string): Promise<MyStep[]> {
  return readList(query(collection(db, 'candidates', candidateId, 'steps'), orderBy('order', 'asc')), nextStepSchema);
}

export function useMySteps() {
  const { candidateId } = useSession();
  // Not deferred (see lib/deferred-query.ts): the candidate ticks these, and a checkbox must show
  // its new state in the same frame as the tap.
  return useQuery({ queryKey: routeKeys.steps(candidateId), queryFn: () => getMySteps(candidateId) });
}
