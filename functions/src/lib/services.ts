import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';

/** What the plain modules need; adapters pass the real ones, tests their own Admin SDK app. */
export interface Services {
  db: Firestore;
  auth: Auth;
  now: () => Date;
}
