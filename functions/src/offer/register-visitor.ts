// A website visitor's registration for an activity: written in one transaction that counts the
// places taken, so concurrent registrations never exceed the capacity, and keyed by a hash of
// the e-mail address, so registering twice leaves one registration.
import { createHash } from 'node:crypto';
import {
  activitySchema,
  candidateIndexEntrySchema,
  duplicateLookupTokens,
  normalizeEmail,
  placeTakingStatuses,
  registrationOpenness,
  searchKeyField,
  type PublicRegistrationInput,
  type Registration,
} from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { runContendedTransaction } from '../lib/transaction.js';

export type RegisterOutcome =
  | { kind: 'registered'; registrationId: string }
  | { kind: 'already_registered'; registrationId: string }
  | { kind: 'not_found' }
  | { kind: 'started' }
  | { kind: 'full' };

/** The registration id of an address at one activity (the path scopes it to the activity). */
export function websiteRegistrationId(email: string): string {
  return `website-${createHash('sha256').update(normalizeEmail(email)).digest('hex').slice(0, 32)}`;
}

/**
 * The dossier of the region's candidate with this e-mail address, found through the region's
 * candidate index the way duplicate detection finds it (the whole address is a search token);
 * null when nobody or more than one person has it (then a person decides, not the website).
 */
export async function candidateIdByEmail(db: Firestore, regionId: string, email: string): Promise<string | null> {
  const [token] = duplicateLookupTokens({ name: '', email, phone: null });
  if (!token) return null;
  const snapshot = await db.collection('regions').doc(regionId).collection('candidateIndex').where(searchKeyField(token), '==', true).limit(10).get();
  const wanted = normalizeEmail(email);
  const matches = snapshot.docs.filter((doc) => {
    const entry = candidateIndexEntrySchema.safeParse(fromFirestoreData(doc.data()));
    return entry.success && entry.data.email !== null && normalizeEmail(entry.data.email) === wanted;
  });
  return matches.length === 1 ? matches[0]!.id : null;
}

export async function registerVisitor(
  db: Firestore,
  regionId: string,
  activityId: string,
  input: PublicRegistrationInput,
  now: Date,
): Promise<RegisterOutcome> {
  const email = normalizeEmail(input.email);
  const activityRef = db.collection('regions').doc(regionId).collection('activities').doc(activityId);
  const registrations = activityRef.collection('registrations');
  const registrationId = websiteRegistrationId(email);
  const candidateId = await candidateIdByEmail(db, regionId, email);

  // Enough attempts for a burst of visitors on one activity: each attempt that loses the race
  // on the activity document is retried with the new count.
  return runContendedTransaction(
    db,
    async (tx) => {
      const activitySnapshot = await tx.get(activityRef);
      const parsed = activitySnapshot.exists ? activitySchema.safeParse(fromFirestoreData(activitySnapshot.data())) : null;
      if (!parsed?.success || !parsed.data.published) return { kind: 'not_found' } as const;
      const activity = parsed.data;

      const [own, sameEmail, sameCandidate, taken] = await Promise.all([
        tx.get(registrations.doc(registrationId)),
        tx.get(registrations.where('email', '==', email).limit(1)),
        candidateId ? tx.get(registrations.where('candidateId', '==', candidateId).limit(1)) : Promise.resolve(null),
        tx.get(registrations.where('status', 'in', [...placeTakingStatuses]).count()),
      ]);
      const existing = own.exists ? own : (sameEmail.docs[0] ?? sameCandidate?.docs[0] ?? null);
      const existingStatus: unknown = existing?.get('status');
      if (existing && existingStatus !== 'cancelled') return { kind: 'already_registered', registrationId: existing.id } as const;

      const count = taken.data().count;
      const openness = registrationOpenness(activity, count, now);
      if (openness === 'started') return { kind: 'started' } as const;
      if (openness === 'full') return { kind: 'full' } as const;
      if (openness !== 'open') return { kind: 'not_found' } as const;

      const registration: Registration = {
        candidateId,
        name: input.name,
        email,
        phone: input.phone ?? null,
        status: 'registered',
        source: 'website',
        registeredAt: now,
        registeredBy: 'website',
      };
      // A cancelled registration of the same person comes back to life under its own id.
      const target = existing ? existing.ref : registrations.doc(registrationId);
      tx.set(target, existing ? { ...registration, candidateId: candidateId ?? (existing.get('candidateId') as string | null) ?? null } : registration);
      // Writing the activity makes every concurrent registration conflict on it, so the count
      // each one saw is still true when it commits. The trigger recounts the same number.
      tx.update(activityRef, { registrationCount: count + 1 });
      return { kind: 'registered', registrationId: target.id } as const;
    },
    { maxAttempts: 20 },
  );
}
