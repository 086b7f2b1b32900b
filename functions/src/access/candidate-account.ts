// Links a candidate's own account to their dossier, by the verified e-mail address in the
// ID token only — never by anything the caller types.
import { candidateSchema, emptyAccess, normalizeEmail, type AuditEntry, type Candidate } from '@koers/domain';
import { HttpsError } from 'firebase-functions/v2/https';
import { converter } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { userAccessRef } from './roles.js';

const candidateConverter = converter(candidateSchema);

/** The claims of a verified ID token this needs. */
export interface VerifiedToken {
  uid: string;
  email?: string | undefined;
  email_verified?: boolean | undefined;
  name?: unknown;
}

export interface LinkResult {
  candidateId: string;
}

/** Audit entry id: one per account, so a retried call does not add a second entry. */
export function linkAuditId(uid: string): string {
  return `link_account-${uid}`;
}

export async function linkCandidateAccount(services: Services, token: VerifiedToken): Promise<LinkResult> {
  const { db } = services;
  const { uid } = token;
  if (!token.email || token.email_verified !== true) {
    throw new HttpsError('failed-precondition', 'Sign in with a verified e-mail address first.', { reason: 'email_not_verified' });
  }
  const email = normalizeEmail(token.email);
  const displayName = typeof token.name === 'string' ? token.name : null;
  const candidates = db.collection('candidates').withConverter(candidateConverter);

  const candidateId = await db.runTransaction(async (tx) => {
    const found = await tx.get(candidates.where('email', '==', email).limit(2));
    if (found.empty) throw new HttpsError('not-found', 'No dossier with this e-mail address.', { reason: 'no_candidate' });
    if (found.size > 1) {
      throw new HttpsError('failed-precondition', 'Several dossiers have this e-mail address; ask your adviser.', { reason: 'ambiguous' });
    }
    const snapshot = found.docs[0]!;
    const candidate: Candidate = snapshot.data();
    if (candidate.authUid && candidate.authUid !== uid) {
      throw new HttpsError('already-exists', 'This dossier is linked to another account.', { reason: 'candidate_linked' });
    }
    const accessRef = userAccessRef(db, uid);
    const stored = (await tx.get(accessRef)).data() ?? null;
    if (stored?.candidateId && stored.candidateId !== snapshot.id) {
      throw new HttpsError('already-exists', 'This account is linked to another dossier.', { reason: 'account_linked' });
    }
    if (candidate.authUid === uid && stored?.candidateId === snapshot.id) return snapshot.id;

    const now = services.now();
    const access = stored ?? emptyAccess(email, displayName ?? candidate.name, now);
    tx.set(accessRef, { ...access, candidateId: snapshot.id, updatedAt: now });
    // Only the account link changes: the dossier's updatedAt/updatedBy stay those of its last edit.
    tx.update(snapshot.ref, { authUid: uid });
    const entry: AuditEntry = { action: 'link_account', actor: uid, at: now, changedFields: ['authUid'], from: null, to: null };
    tx.set(snapshot.ref.collection('audit').doc(linkAuditId(uid)), entry);
    return snapshot.id;
  });
  logEvent('access.candidate_linked', { uid, candidateId });
  return { candidateId };
}
