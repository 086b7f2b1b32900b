import { privacyRequestSchema } from '@koers/domain';
import { collection } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { zodConverter } from '../../../lib/firestore';

export const privacyRequestConverter = zodConverter(privacyRequestSchema);

/** `regions/{r}/privacyRequests`, parsed. */
export function privacyRequestsCollection(regionId: string) {
  return collection(db, 'regions', regionId, 'privacyRequests').withConverter(privacyRequestConverter);
}
