// Reads for the thread callables, inside their transaction: the caller's access, the dossier,
// directory entries and organisation names.
import { candidateSchema, memberSchema, userAccessSchema, type UserAccess } from '@koers/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import type { CandidateFacts, DirectoryEntry } from './eligibility.js';

/** A refusal the web app can explain: `details.reason` names the case. */
export function refuse(code: 'permission-denied' | 'failed-precondition' | 'not-found', reason: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new HttpsError(code, message, { reason, ...extra });
}

export async function readCallerAccess(tx: Transaction, db: Firestore, uid: string): Promise<UserAccess | null> {
  const snapshot = await tx.get(db.collection('users').doc(uid));
  if (!snapshot.exists) return null;
  const parsed = userAccessSchema.safeParse(fromFirestoreData(snapshot.data()));
  return parsed.success ? parsed.data : null;
}

/** Coordinators and advisers of the region start threads and add people; nobody else. */
export function requireStaff(access: UserAccess | null, regionId: string): UserAccess {
  if (!access?.staffRegionIds.includes(regionId)) {
    refuse('permission-denied', 'not_staff', 'Only the region’s coordinators and advisers start threads and add people to them.');
  }
  return access;
}

export async function readCandidateFacts(tx: Transaction, db: Firestore, candidateId: string, regionId: string): Promise<CandidateFacts> {
  const snapshot = await tx.get(db.collection('candidates').doc(candidateId));
  if (!snapshot.exists) refuse('not-found', 'unknown_candidate', `No candidate ${candidateId}.`);
  const parsed = candidateSchema.safeParse(fromFirestoreData(snapshot.data()));
  if (!parsed.success) refuse('failed-precondition', 'unknown_candidate', `The dossier ${candidateId} is incomplete.`);
  const { name, regionIds, introducedOrganisationIds, authUid } = parsed.data;
  if (!regionIds.includes(regionId)) refuse('failed-precondition', 'candidate_not_in_region', 'This candidate is not in the thread’s region.');
  return { name, regionIds, introducedOrganisationIds, authUid };
}

/** `regions/{r}/members/{uid}` for each uid that has one. */
export async function readDirectory(tx: Transaction, db: Firestore, regionId: string, uids: readonly string[]): Promise<Map<string, DirectoryEntry>> {
  const directory = new Map<string, DirectoryEntry>();
  const unique = [...new Set(uids)];
  if (unique.length === 0) return directory;
  const members = db.collection('regions').doc(regionId).collection('members');
  for (const snapshot of await tx.getAll(...unique.map((uid) => members.doc(uid)))) {
    if (!snapshot.exists) continue;
    const parsed = memberSchema.safeParse(fromFirestoreData(snapshot.data()));
    if (parsed.success) directory.set(snapshot.id, parsed.data);
  }
  return directory;
}

/** The names of the organisations that HR and training entries speak for. */
export async function readOrganisationNames(tx: Transaction, db: Firestore, regionId: string, directory: ReadonlyMap<string, DirectoryEntry>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const ids = [...new Set([...directory.values()].flatMap((entry) => (entry.organisationId ? [entry.organisationId] : [])))];
  if (ids.length === 0) return names;
  const organisations = db.collection('regions').doc(regionId).collection('organisations');
  for (const snapshot of await tx.getAll(...ids.map((id) => organisations.doc(id)))) {
    const name: unknown = snapshot.get('name');
    if (snapshot.exists && typeof name === 'string') names.set(snapshot.id, name);
  }
  return names;
}

/** Threads hold at most this many participants (threadSchema). */
export const maxParticipants = 50;
