// Imported first by index.ts and by every function module: one region for everything, one
// Admin SDK app. Functions live next to the data and users, in the Netherlands.
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { setGlobalOptions } from 'firebase-functions/v2/options';
import type { Services } from './lib/services.js';

export const region = 'europe-west4';

setGlobalOptions({ region });

if (getApps().length === 0) initializeApp();

/** The Admin SDK services, created lazily at the first request (not at deploy analysis). */
export function services(): Services {
  return { db: getFirestore(), auth: getAuth(), now: () => new Date() };
}
