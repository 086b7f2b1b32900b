import { vacancySchema } from '@koers/domain';
import { collection, doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const vacancyConverter = zodConverter(vacancySchema);

/** `regions/{r}/vacancies`, parsed. */
export function vacanciesCollection(regionId: string) {
  return collection(db, 'regions', regionId, 'vacancies').withConverter(vacancyConverter);
}

/** `regions/{r}/vacancies/{v}`, unparsed (for writes). */
export function vacancyRef(regionId: string, vacancyId: string) {
  return doc(db, 'regions', regionId, 'vacancies', vacancyId);
}
