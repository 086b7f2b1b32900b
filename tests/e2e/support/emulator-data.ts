// What the seed put in the emulators, read with the Admin SDK, so tests assert that each
// page shows the real documents without hard-coding the seed's contents.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

export const projectId = 'demo-koers';

const app = getApps()[0] ?? initializeApp({ projectId });
const db = getFirestore(app);
const auth = getAuth(app);

export async function uidOf(email: string): Promise<string> {
  return (await auth.getUserByEmail(email)).uid;
}

export async function accessOf(email: string) {
  const snapshot = await db.doc(`users/${await uidOf(email)}`).get();
  const data = snapshot.data();
  if (!data) throw new Error(`No users document for ${email}`);
  return data as {
    admin: boolean;
    regions: Record<string, string>;
    organisations: Record<string, { role: string; regionId: string }>;
    candidateId: string | null;
  };
}

export async function regionName(regionId: string): Promise<string> {
  const data = (await db.doc(`regions/${regionId}`).get()).data();
  if (!data) throw new Error(`No region ${regionId}`);
  return data.name as string;
}

/** Names of the active candidates an adviser owns in a region, as /start lists them. */
export async function activeCandidateNames(regionId: string, ownerUid: string, limit = 20): Promise<string[]> {
  const snapshot = await db
    .collection(`regions/${regionId}/candidateIndex`)
    .where('ownerUid', '==', ownerUid)
    .where('status', '==', 'active')
    .orderBy('lastContactAt', 'asc')
    .limit(limit)
    .get();
  return snapshot.docs.map((doc) => doc.get('name') as string);
}

/** The region-wide counts of the `current` aggregate (its `all` slice). */
export async function aggregateCounts(regionId: string): Promise<Record<string, number> | null> {
  const data = (await db.doc(`regions/${regionId}/aggregates/current`).get()).data();
  return (data?.slices?.all as Record<string, number> | undefined) ?? null;
}

export async function organisationName(regionId: string, organisationId: string): Promise<string> {
  const data = (await db.doc(`regions/${regionId}/organisations/${organisationId}`).get()).data();
  if (!data) throw new Error(`No organisation ${regionId}/${organisationId}`);
  return data.name as string;
}

export async function memberEmails(regionId: string): Promise<string[]> {
  const snapshot = await db.collection(`regions/${regionId}/members`).get();
  return snapshot.docs.map((doc) => doc.get('email') as string);
}

/** The dossier with this e-mail address (the candidate's own). */
export async function dossierByEmail(email: string) {
  const snapshot = await db.collection('candidates').where('email', '==', email).limit(1).get();
  const doc = snapshot.docs[0];
  if (!doc) throw new Error(`No dossier for ${email}`);
  return { id: doc.id, name: doc.get('name') as string, phase: doc.get('phase') as string };
}

/** The newest e-mail sign-in link the Auth emulator "sent" to this address, if any. */
export async function latestSignInLink(email: string): Promise<string | null> {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '127.0.0.1:9099';
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}/oobCodes`);
  if (!response.ok) throw new Error(`Auth emulator answered ${response.status} for oobCodes`);
  const { oobCodes = [] } = (await response.json()) as {
    oobCodes?: Array<{ email: string; requestType: string; oobLink: string }>;
  };
  const links = oobCodes.filter((code) => code.email === email && code.requestType === 'EMAIL_SIGNIN');
  return links.at(-1)?.oobLink ?? null;
}

export async function signInLinkCount(email: string): Promise<number> {
  const host = process.env.FIREBASE_AUTH_EMULATOR_HOST ?? '127.0.0.1:9099';
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}/oobCodes`);
  const { oobCodes = [] } = (await response.json()) as { oobCodes?: Array<{ email: string; requestType: string }> };
  return oobCodes.filter((code) => code.email === email && code.requestType === 'EMAIL_SIGNIN').length;
}
