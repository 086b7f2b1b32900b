// Shared plumbing for the integration tests: real emulators, real ID tokens, no mocks.
// The runner (scripts/with-emulators.mjs) provides the environment variables read here.
import {
  applyGrant,
  candidateSchema,
  emptyAccess,
  memberRoleIn,
  type Candidate,
  type Grant,
  type Member,
  type UserAccess,
} from '@koers/domain';
import { getApps as getAdminApps, initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore, Timestamp } from 'firebase-admin/firestore';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword, signInWithEmailLink, type Auth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, terminate, type Firestore } from 'firebase/firestore';
import { connectFunctionsEmulator, FunctionsError, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import { expect } from 'vitest';
import { candidateFixture } from '@koers/domain/testing';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests through scripts/with-emulators.mjs`);
  return value;
}

export const projectId = required('GCLOUD_PROJECT');
const firestoreHost = required('FIRESTORE_EMULATOR_HOST');
const authHost = required('FIREBASE_AUTH_EMULATOR_HOST');
const functionsOrigin = new URL(required('KOERS_FUNCTIONS_ORIGIN'));
const functionsRegion = functionsOrigin.pathname.split('/').filter(Boolean)[1] ?? 'europe-west4';

if (!projectId.startsWith('demo-')) throw new Error(`Integration tests run only against a demo- project, not ${projectId}`);

const adminApp = getAdminApps()[0] ?? initializeAdminApp({ projectId });
export const adminDb = getAdminFirestore(adminApp);
export const adminAuth = getAdminAuth(adminApp);

/**
 * Empties Firestore and Auth of the emulators (both REST endpoints of the emulator suite).
 * Firestore answers 409 while a transaction is still open (a trigger of the previous file
 * finishing its work), so a conflict is tried again a few times.
 */
export async function clearEmulators(): Promise<void> {
  const clear = (url: string) => fetch(url, { method: 'DELETE' });
  const firestoreUrl = `http://${firestoreHost}/emulator/v1/projects/${projectId}/databases/(default)/documents`;
  let firestore = await clear(firestoreUrl);
  for (let attempt = 1; firestore.status === 409 && attempt < 10; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    firestore = await clear(firestoreUrl);
  }
  const auth = await clear(`http://${authHost}/emulator/v1/projects/${projectId}/accounts`);
  for (const response of [firestore, auth]) if (!response.ok) throw new Error(`clearing the emulators failed: ${response.status}`);
}

export const password = 'integration-secret';

/** An Auth account made with the Admin SDK (the accounts a coordinator would invite). */
export async function createAccount(email: string, options: { emailVerified?: boolean; displayName?: string } = {}): Promise<string> {
  const user = await adminAuth.createUser({
    email,
    password,
    displayName: options.displayName ?? email.split('@')[0] ?? email,
    emailVerified: options.emailVerified ?? true,
  });
  return user.uid;
}

const now = () => new Date();

/** Writes `users/{uid}` (and members docs) the way grantRole would, for test fixtures. */
export async function giveRoles(uid: string, grants: Grant[]): Promise<UserAccess> {
  const user = await adminAuth.getUser(uid);
  let access = emptyAccess(user.email ?? `${uid}@example.nl`, user.displayName ?? '', now());
  for (const grant of grants) access = applyGrant(access, grant, now());
  const batch = adminDb.batch();
  batch.set(adminDb.doc(`users/${uid}`), access);
  const regionIds = new Set(grants.flatMap((grant) => (grant.kind === 'admin' ? [] : [grant.regionId])));
  for (const regionId of regionIds) {
    const held = memberRoleIn(access, regionId);
    if (!held) continue;
    const member: Member = { uid, email: access.email, displayName: access.displayName, ...held, grantedBy: 'fixture', grantedAt: now() };
    batch.set(adminDb.doc(`regions/${regionId}/members/${uid}`), member);
  }
  await batch.commit();
  return access;
}

export async function createRegion(regionId: string, organisationIds: string[] = []): Promise<void> {
  const batch = adminDb.batch();
  batch.set(adminDb.doc(`regions/${regionId}`), {
    name: `Regio ${regionId}`,
    municipalities: [],
    participating: true,
    settings: { losingSightDays: 30, senderName: 'Regioloket', privacyText: '', customFields: [], allowedOrigins: [] },
  });
  for (const organisationId of organisationIds) {
    batch.set(adminDb.doc(`regions/${regionId}/organisations/${organisationId}`), {
      type: 'school',
      name: `School ${organisationId}`,
      sectors: ['po'],
      address: null,
      postcode: null,
      place: null,
      brin: null,
      boardId: null,
      website: null,
    });
  }
  await batch.commit();
}

/** A signed-in client: the web SDKs (Auth, Functions, Firestore) against the emulators. */
export interface Client {
  app: FirebaseApp;
  auth: Auth;
  functions: Functions;
  firestore: Firestore;
  uid: string | null;
  call<T = unknown>(name: string, data?: unknown): Promise<T>;
  close(): Promise<void>;
}

let clientCount = 0;

export function newClient(): Client {
  const app = initializeApp({ projectId, apiKey: 'demo-api-key', authDomain: `${projectId}.firebaseapp.com` }, `client-${++clientCount}`);
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${authHost}`, { disableWarnings: true });
  const functions = getFunctions(app, functionsRegion);
  connectFunctionsEmulator(functions, functionsOrigin.hostname, Number(functionsOrigin.port));
  const firestore = getFirestore(app);
  const [host, port] = firestoreHost.split(':');
  connectFirestoreEmulator(firestore, host ?? '127.0.0.1', Number(port));
  return {
    app,
    auth,
    functions,
    firestore,
    get uid() {
      return auth.currentUser?.uid ?? null;
    },
    async call<T>(name: string, data: unknown = {}) {
      const result = await httpsCallable<unknown, T>(functions, name)(data);
      return result.data;
    },
    async close() {
      await terminate(firestore);
      await deleteApp(app);
    },
  };
}

export async function signIn(email: string, secret = password): Promise<Client> {
  const client = newClient();
  await signInWithEmailAndPassword(client.auth, email, secret);
  return client;
}

/** Signs in through an e-mail link, which verifies the address (as candidates do). */
export async function signInWithLink(email: string): Promise<Client> {
  const link = await adminAuth.generateSignInWithEmailLink(email, { url: 'http://127.0.0.1/inloggen', handleCodeInApp: true });
  const client = newClient();
  await signInWithEmailLink(client.auth, email, link);
  return client;
}

/** The callable's error: asserts it failed with `code` (e.g. 'permission-denied'). */
export async function expectCallError(promise: Promise<unknown>, code: string): Promise<FunctionsError> {
  const error: unknown = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error, `expected the call to fail with ${code}`).toBeInstanceOf(FunctionsError);
  const failure = error as FunctionsError;
  expect(failure.code).toBe(`functions/${code}`);
  return failure;
}

/** Polls until `probe` returns a value other than undefined/null/false, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Deep copy with Timestamps as Dates, for comparing stored documents with domain objects. */
export function plain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

let candidateCount = 0;

/** A valid dossier (checked against candidateSchema) with sensible defaults. */
export function makeCandidate(overrides: Partial<Candidate> = {}): Candidate {
  candidateCount += 1;
  return candidateSchema.parse(
    candidateFixture({
      name: `Kandidaat ${candidateCount}`,
      email: `kandidaat${candidateCount}@example.nl`,
      phone: '06-12345678',
      postcode: '6511 AB',
      functions: ['teacher'],
      qualifications: ['pabo'],
      subjects: ['groepsleerkracht_po'],
      priorEducation: 'hbo_bachelor',
      regionIds: ['nijmegen'],
      ...overrides,
    }),
  );
}
