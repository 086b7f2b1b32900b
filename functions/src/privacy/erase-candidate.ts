// Erasing a candidate everywhere (AVG art. 17), behind onPrivacyRequestUpdated. A plain module
// so tests can run it directly, and idempotent: every step finds its documents by a query that
// stays answerable after a partial run, and the dossier (whose e-mail and account link point
// at the rest) goes last, so a retried trigger finishes a half-done erasure.
//
// What goes, and why:
// - matches of every region, each with its introduction at the organisation (one batch each,
//   so an introduction is never left without the match that points at it);
// - activity registrations (the registration trigger recounts the activity's places);
// - tasks about the candidate (their titles name them);
// - feedback: deleted, not anonymised. The dashboard averages the ratings that exist, an
//   erased person's rating is theirs, and its id and comment carry the candidate anyway;
// - threads about the candidate, whole, with every message and typing entry, and the
//   participants' notifications of them: a thread with a candidateId exists for that candidate
//   (a candidate only takes part in such threads), and what colleagues wrote about them there
//   is their personal data as much as their own words (eraseThread, shared with the withdrawal
//   of consent for a region, which takes that region's threads about the candidate);
// - the outbox: every mail to their address or account, or queued about them;
// - their account: the Auth user and users/{uid} (with notifications) when it is only a
//   candidate's; an account that also holds a role is only unlinked;
// - the dossier with all its subcollections, then their view.
// The candidate trigger, seeing the dossier go, removes the region index entries and the
// dashboard contributions. The privacy requests stay (ids only) as the record of the request.
import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type DocumentReference, type Firestore, type Query } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { eraseThread } from '../messaging/erase-thread.js';
import { accountDisposal } from './erasure-plan.js';

export interface ErasureCounts {
  matches: number;
  introductions: number;
  registrations: number;
  tasks: number;
  feedback: number;
  threads: number;
  mail: number;
  accountsDeleted: number;
  accountsUnlinked: number;
  dossier: number;
}

async function refsOf(query: Query): Promise<DocumentReference[]> {
  return (await query.get()).docs.map((doc) => doc.ref);
}

function uniqueRefs(refs: DocumentReference[]): DocumentReference[] {
  return [...new Map(refs.map((ref) => [ref.path, ref])).values()];
}

async function deleteAll(db: Firestore, refs: DocumentReference[]): Promise<number> {
  const writer = db.bulkWriter();
  for (const ref of refs) void writer.delete(ref);
  await writer.close();
  return refs.length;
}

/** Matches and their introductions, each pair in one batch. */
async function eraseMatches(db: Firestore, candidateId: string): Promise<{ matches: number; introductions: number }> {
  const matches = await db.collectionGroup('matches').where('candidateId', '==', candidateId).get();
  let introductions = 0;
  for (const match of matches.docs) {
    const regionRef = match.ref.parent.parent!;
    const organisationId: unknown = match.get('organisationId');
    const batch = db.batch();
    if (typeof organisationId === 'string' && organisationId) {
      batch.delete(regionRef.collection('organisations').doc(organisationId).collection('introductions').doc(match.id));
      introductions += 1;
    }
    batch.delete(match.ref);
    await batch.commit();
  }
  return { matches: matches.size, introductions };
}

/** Feedback per region: a handful of regions, and no collection-group index needed. */
async function feedbackRefs(db: Firestore, candidateId: string): Promise<DocumentReference[]> {
  const regions = await db.collection('regions').listDocuments();
  const perRegion = await Promise.all(regions.map((region) => refsOf(region.collection('feedback').where('candidateId', '==', candidateId))));
  return perRegion.flat();
}

/** Every mail to the candidate's address or account, or queued about them (any delivery state: the outbox keeps the text). */
async function mailRefs(db: Firestore, candidateId: string, email: string | null, uids: string[]): Promise<DocumentReference[]> {
  const mail = db.collection('mail');
  const queries = [mail.where('meta.candidateId', '==', candidateId), ...uids.map((uid) => mail.where('toUids', 'array-contains', uid))];
  if (email) queries.push(mail.where('to', 'array-contains', email));
  return uniqueRefs((await Promise.all(queries.map(refsOf))).flat());
}

/** The accounts linked to the dossier: by the dossier's authUid and by users docs pointing at it (left after a partial run). */
async function linkedUids(db: Firestore, candidateId: string, authUid: string | null): Promise<string[]> {
  const linked = await db.collection('users').where('candidateId', '==', candidateId).get();
  return [...new Set([...(authUid ? [authUid] : []), ...linked.docs.map((doc) => doc.id)])];
}

async function eraseAccount(db: Firestore, auth: Auth, uid: string, candidateId: string): Promise<'deleted' | 'unlinked' | 'absent'> {
  const userRef = db.collection('users').doc(uid);
  const snapshot = await userRef.get();
  const access = snapshot.exists ? fromFirestoreData(snapshot.data()) : null;
  if (access && accountDisposal(access) === 'unlink') {
    // Only if it still points here: never unlink an account someone linked to another dossier meanwhile.
    if (snapshot.get('candidateId') === candidateId) await userRef.update({ candidateId: null, updatedAt: FieldValue.serverTimestamp() });
    return 'unlinked';
  }
  // The Auth account first: the users doc is what a retry finds the account by.
  const authGone = await auth.deleteUser(uid).then(
    () => true,
    (error: { code?: unknown }) => {
      if (error.code === 'auth/user-not-found') return false;
      throw error;
    },
  );
  if (snapshot.exists) await db.recursiveDelete(userRef);
  return snapshot.exists || authGone ? 'deleted' : 'absent';
}

export async function eraseCandidate(db: Firestore, auth: Auth, candidateId: string): Promise<ErasureCounts> {
  const dossierRef = db.collection('candidates').doc(candidateId);
  const dossier = await dossierRef.get();
  const email: unknown = dossier.get('email');
  const authUid: unknown = dossier.get('authUid');
  const uids = await linkedUids(db, candidateId, typeof authUid === 'string' && authUid ? authUid : null);

  const { matches, introductions } = await eraseMatches(db, candidateId);
  const registrations = await deleteAll(db, await refsOf(db.collectionGroup('registrations').where('candidateId', '==', candidateId)));
  const tasks = await deleteAll(db, await refsOf(db.collectionGroup('tasks').where('candidateId', '==', candidateId)));
  const feedback = await deleteAll(db, await feedbackRefs(db, candidateId));
  const threads = await db.collection('threads').where('candidateId', '==', candidateId).get();
  for (const thread of threads.docs) await eraseThread(db, thread);
  const mail = await deleteAll(db, await mailRefs(db, candidateId, typeof email === 'string' && email ? email : null, uids));

  let accountsDeleted = 0;
  let accountsUnlinked = 0;
  for (const uid of uids) {
    const outcome = await eraseAccount(db, auth, uid, candidateId);
    if (outcome === 'deleted') accountsDeleted += 1;
    if (outcome === 'unlinked') accountsUnlinked += 1;
  }

  // Last: the dossier held the pointers (e-mail, account) a retry needs.
  await db.recursiveDelete(dossierRef);
  await db.collection('candidateViews').doc(candidateId).delete();
  return {
    matches,
    introductions,
    registrations,
    tasks,
    feedback,
    threads: threads.size,
    mail,
    accountsDeleted,
    accountsUnlinked,
    dossier: dossier.exists ? 1 : 0,
  };
}
