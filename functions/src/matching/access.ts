// Who the caller is for the matching functions: their access document (users/{uid}).
import { userAccessSchema, type UserAccess } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';

export async function readAccess(db: Firestore, uid: string): Promise<UserAccess | null> {
  const snapshot = await db.doc(`users/${uid}`).get();
  if (!snapshot.exists) return null;
  const parsed = userAccessSchema.safeParse(fromFirestoreData(snapshot.data()));
  return parsed.success ? parsed.data : null;
}

/** Coordinators and advisers of `regionId` only; everyone else (HR, training, directors, candidates) is refused. */
export function requireStaffOf(access: UserAccess | null, regionId: string): UserAccess {
  if (!access?.staffRegionIds.includes(regionId)) {
    throw new HttpsError('permission-denied', 'Only the region’s coordinators and advisers do this.', { reason: 'not_allowed' });
  }
  return access;
}
