// Whose dossier a self-service call is about: the candidate linked to the caller's account
// (users/{uid}.candidateId, set by linkCandidateAccount), never an id the caller sends.
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { readAccess } from '../matching/access.js';

export async function requireMyCandidateId(db: Firestore, uid: string): Promise<string> {
  const access = await readAccess(db, uid);
  if (!access?.candidateId) {
    throw new HttpsError('permission-denied', 'Only a candidate with a linked account does this.', { reason: 'not_candidate' });
  }
  return access.candidateId;
}
