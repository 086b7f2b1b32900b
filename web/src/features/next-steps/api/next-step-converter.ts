import { nextStepSchema } from '@koers/domain';
import { collection, doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const nextStepConverter = zodConverter(nextStepSchema);

/** `candidates/{c}/steps`, parsed. */
export function stepsCollection(candidateId: string) {
  return collection(db, 'candidates', candidateId, 'steps').withConverter(nextStepConverter);
}

/** One step's reference, unparsed (writes send plain fields and server stamps). */
export function stepRef(candidateId: string, stepId: string) {
  return doc(db, 'candidates', candidateId, 'steps', stepId);
}
