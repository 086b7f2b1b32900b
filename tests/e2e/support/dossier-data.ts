// Dossier data read from the emulator with the Admin SDK, so the dossier tests assert what
// the seed (and the app) really wrote without hard-coding seed contents.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { projectId, uidOf } from './emulator-data.js';

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId }));

export interface DossierFacts {
  id: string;
  name: string;
  email: string | null;
  lastContactAt: Date | null;
}

/**
 * Active dossiers in the region's home pool owned by the person, sorted by id. Tests take
 * them from the end (`pick`), each its own, so parallel tests never edit the same dossier.
 */
export async function ownedDossier(regionId: string, ownerEmail: string, pick: number): Promise<DossierFacts> {
  const snapshot = await db
    .collection('candidates')
    .where('homeRegionId', '==', regionId)
    .where('ownerUid', '==', await uidOf(ownerEmail))
    .where('status', '==', 'active')
    .get();
  const docs = snapshot.docs.sort((a, b) => a.id.localeCompare(b.id));
  const doc = docs.at(-1 - pick);
  if (!doc) throw new Error(`Fewer than ${pick + 1} active dossiers of ${ownerEmail} in ${regionId}`);
  return {
    id: doc.id,
    name: doc.get('name') as string,
    email: (doc.get('email') as string | null) ?? null,
    lastContactAt: (doc.get('lastContactAt') as FirebaseFirestore.Timestamp | null)?.toDate() ?? null,
  };
}

export async function dossierField(candidateId: string, field: string): Promise<unknown> {
  const value: unknown = (await db.doc(`candidates/${candidateId}`).get()).get(field);
  return value && typeof value === 'object' && 'toDate' in value && typeof value.toDate === 'function' ? (value.toDate as () => Date)() : value;
}

/** Summaries of the dossier's contacts, newest first. */
export async function interactionSummaries(candidateId: string): Promise<string[]> {
  const snapshot = await db.collection(`candidates/${candidateId}/interactions`).orderBy('performedAt', 'desc').get();
  return snapshot.docs.map((doc) => doc.get('summary') as string);
}

export async function memberName(regionId: string, email: string): Promise<string> {
  const data = (await db.doc(`regions/${regionId}/members/${await uidOf(email)}`).get()).data();
  if (!data) throw new Error(`${email} is no member of ${regionId}`);
  return data.displayName as string;
}
