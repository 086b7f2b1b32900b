// Firebase for the candidate app: Auth without the popup and redirect machinery (candidates
// sign in by e-mail link) and Firestore Lite (plain reads and writes, no offline cache or
// listeners), so the first load stays small. The messages page loads the full Firestore SDK
// for its live listeners on demand (./firestore-live.ts).
import { initializeApp } from 'firebase/app';
import { browserLocalPersistence, connectAuthEmulator, indexedDBLocalPersistence, initializeAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore/lite';
import { env } from '../../lib/env';

export const functionsRegion = 'europe-west4';

export const app = initializeApp({
  apiKey: env.VITE_FIREBASE_API_KEY,
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
  projectId: env.VITE_FIREBASE_PROJECT_ID,
  appId: env.VITE_FIREBASE_APP_ID,
});

export const auth = initializeAuth(app, { persistence: [indexedDBLocalPersistence, browserLocalPersistence] });
export const db = getFirestore(app);

/** Where the emulators listen (the machine serving the page), when the app runs on them. */
export const emulatorHost = env.VITE_USE_EMULATORS
  ? (env.VITE_EMULATOR_HOST ?? (window.location.hostname === 'localhost' ? 'localhost' : '127.0.0.1'))
  : null;

if (emulatorHost) {
  connectAuthEmulator(auth, `http://${emulatorHost}:${env.VITE_EMULATOR_AUTH_PORT}`, { disableWarnings: true });
  connectFirestoreEmulator(db, emulatorHost, env.VITE_EMULATOR_FIRESTORE_PORT);
}
