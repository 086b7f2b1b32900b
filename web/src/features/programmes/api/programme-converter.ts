import { programmeSchema } from '@koers/domain';
import { collection, doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const programmeConverter = zodConverter(programmeSchema);

/** `regions/{r}/programmes`, parsed. */
export function programmesCollection(regionId: string) {
  return collection(db, 'regions', regionId, 'programmes').withConverter(programmeConverter);
}

/** `regions/{r}/programmes/{p}`, unparsed (for writes). */
export function programmeRef(regionId: string, programmeId: string) {
  return doc(db, 'regions', regionId, 'programmes', programmeId);
}
