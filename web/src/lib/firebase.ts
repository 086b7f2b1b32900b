import { initializeApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';
import { env } from './env';

/** Region of every callable function (see functions/). */
export const functionsRegion = 'europe-west4';

export const app = initializeApp({
  apiKey: env.VITE_FIREBASE_API_KEY,
  authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
  projectId: env.VITE_FIREBASE_PROJECT_ID,
  appId: env.VITE_FIREBASE_APP_ID,
});

export const auth = getAuth(app);
export const db = getFirestore(app);
export const functions = getFunctions(app, functionsRegion);

if (env.VITE_USE_EMULATORS) {
  // The emulators listen on the loopback interface of the machine serving the page.
  const host = env.VITE_EMULATOR_HOST ?? (window.location.hostname === 'localhost' ? 'localhost' : '127.0.0.1');
  // The candidate app may have set up (and connected) this app's Auth before loading a page
  // that uses these modules (its messages page); connecting twice would throw.
  if (!auth.emulatorConfig) connectAuthEmulator(auth, `http://${host}:${env.VITE_EMULATOR_AUTH_PORT}`, { disableWarnings: true });
  connectFirestoreEmulator(db, host, env.VITE_EMULATOR_FIRESTORE_PORT);
  connectFunctionsEmulator(functions, host, env.VITE_EMULATOR_FUNCTIONS_PORT);
}
