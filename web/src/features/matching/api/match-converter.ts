import { matchSchema } from '@koers/domain';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const matchConverter = zodConverter(matchSchema);

/** `regions/{r}/matches`, parsed. Written by functions only. */
export function matchesCollection(regionId: string) {
  return collection(db, 'regions', regionId, 'matches').withConverter(matchConverter);
}
