// Merging a duplicate dossier into the one that stays, keeping all history: contacts and audit
// entries are copied over, tasks and matches re-pointed, then the duplicate is removed.
import { auditEntrySchema, candidateSchema, mergedFields, userAccessSchema, type Candidate, type MergeCandidatesInput } from '@koers/domain';
import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { converter, fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';

const candidateConverter = converter(candidateSchema);
/** Subcollections whose documents are history and move with the person. */
const historyCollections = ['interactions', 'audit'] as const;

export interface MergeResult {
  keepId: string;
  changedFields: string[];
  copied: number;
  repointed: number;
}

async function staffRegionsOf(db: Firestore, uid: string): Promise<string[]> {
  const snapshot = await db.doc(`users/${uid}`).get();
  const access = snapshot.exists ? userAccessSchema.safeParse(fromFirestoreData(snapshot.data())) : null;
  return access?.success ? access.data.staffRegionIds : [];
}

async function readCandidate(ref: DocumentReference): Promise<Candidate> {
  const snapshot = await ref.withConverter(candidateConverter).get();
  const data = snapshot.data();
  if (!data) throw new HttpsError('not-found', `No dossier ${ref.id}.`);
  return data;
}

export async function mergeCandidates(services: Services, actor: string, input: MergeCandidatesInput): Promise<MergeResult> {
  const { db } = services;
  const keepRef = db.doc(`candidates/${input.keepId}`);
  const duplicateRef = db.doc(`candidates/${input.mergeId}`);
  const [keep, duplicate, staffRegions] = await Promise.all([readCandidate(keepRef), readCandidate(duplicateRef), staffRegionsOf(db, actor)]);
  // Merging reads and changes both dossiers: the caller must be staff of both.
  const mayChange = (candidate: Candidate) => candidate.regionIds.some((regionId) => staffRegions.includes(regionId));
  if (!staffRegions.includes(keep.homeRegionId) || !mayChange(duplicate)) {
    throw new HttpsError('permission-denied', 'Only staff of both dossiers’ regions merge them.', { reason: 'not_allowed' });
  }

  // 1. History first, under ids derived from the duplicate's, so a retry rewrites instead of adding.
  const writer = db.bulkWriter();
  let copied = 0;
  for (const name of historyCollections) {
    const documents = await duplicateRef.collection(name).get();
    for (const document of documents.docs) {
      void writer.set(keepRef.collection(name).doc(`merged-${input.mergeId}-${document.id}`), document.data());
      copied += 1;
    }
  }
  let repointed = 0;
  for (const group of ['tasks', 'matches']) {
    const linked = await db.collectionGroup(group).where('candidateId', '==', input.mergeId).get();
    for (const document of linked.docs) {
      void writer.update(document.ref, { candidateId: input.keepId });
      repointed += 1;
    }
  }
  if (duplicate.authUid) void writer.update(db.doc(`users/${duplicate.authUid}`), { candidateId: input.keepId });
  await writer.close();

  // 2. The kept dossier takes what it lacked; the merge is recorded on it.
  const changes = mergedFields(keep, duplicate);
  const now = services.now();
  const batch = db.batch();
  batch.update(keepRef, { ...changes, updatedAt: FieldValue.serverTimestamp(), updatedBy: actor });
  batch.set(
    keepRef.collection('audit').doc(`merge-${input.mergeId}`),
    auditEntrySchema.parse({ action: 'merge', actor, at: now, changedFields: Object.keys(changes).sort(), from: { mergedCandidateId: input.mergeId }, to: null }),
  );
  await batch.commit();

  // 3. Only then the duplicate goes (its index entries follow through onCandidateWritten).
  await db.recursiveDelete(duplicateRef);
  logEvent('candidates.merged', { keepId: input.keepId, mergeId: input.mergeId, copied, repointed });
  return { keepId: input.keepId, changedFields: Object.keys(changes).sort(), copied, repointed };
}
