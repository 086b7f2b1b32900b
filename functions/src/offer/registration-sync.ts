// Maintenance behind onRegistrationWritten: the activity's registrationCount and the
// candidate's contact history. Plain functions, idempotent, so tests can run them twice.
import { activitySchema, placeTakingStatuses, registrationSchema, type Registration } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { runContendedTransaction } from '../lib/transaction.js';
import { registrationInteraction, registrationInteractionId } from './registration-interaction.js';

/**
 * Sets the activity's registrationCount to the number of place-taking registrations as they
 * are now (a count aggregate, not an increment), so any number of deliveries agree.
 */
export async function recountRegistrations(db: Firestore, regionId: string, activityId: string): Promise<number | null> {
  const activityRef = db.collection('regions').doc(regionId).collection('activities').doc(activityId);
  return runContendedTransaction(db, async (tx) => {
    const [activity, taken] = await Promise.all([
      tx.get(activityRef),
      tx.get(activityRef.collection('registrations').where('status', 'in', [...placeTakingStatuses]).count()),
    ]);
    if (!activity.exists) return null;
    const count = taken.data().count;
    if (activity.get('registrationCount') !== count) tx.update(activityRef, { registrationCount: count });
    return count;
  });
}

/** Who made the registration, as the history shows them. */
async function authorName(db: Firestore, regionId: string, registration: Registration): Promise<string> {
  if (registration.source === 'website' || registration.registeredBy === 'website') return 'Website';
  const [member, user] = await Promise.all([
    db.collection('regions').doc(regionId).collection('members').doc(registration.registeredBy).get(),
    db.collection('users').doc(registration.registeredBy).get(),
  ]);
  const name: unknown = member.get('displayName') ?? user.get('displayName');
  if (typeof name === 'string' && name.trim()) return name;
  return registration.source === 'candidate' ? 'Kandidaat' : 'Regioloket';
}

export type InteractionOutcome = 'skipped' | 'created' | 'updated' | 'unchanged';

/**
 * Keeps the registration's entry in `candidates/{c}/interactions`: created once (with the
 * dossier's lastContactAt moved forward, as logging a contact does, which the candidate
 * trigger audits), its summary following later status changes. A deleted registration leaves
 * the history as it was.
 */
export async function syncRegistrationInteraction(
  db: Firestore,
  regionId: string,
  activityId: string,
  registrationId: string,
  now: Date,
): Promise<InteractionOutcome> {
  const activityRef = db.collection('regions').doc(regionId).collection('activities').doc(activityId);
  const registrationRef = activityRef.collection('registrations').doc(registrationId);
  // The registration as it is now, not as the event saw it, so late deliveries do no harm.
  const snapshot = await registrationRef.get();
  const parsed = snapshot.exists ? registrationSchema.safeParse(fromFirestoreData(snapshot.data())) : null;
  if (!parsed?.success || !parsed.data.candidateId) return 'skipped';
  const registration = parsed.data;
  const candidateId = registration.candidateId!;
  const author = await authorName(db, regionId, registration);
  const candidateRef = db.collection('candidates').doc(candidateId);
  const interactionRef = candidateRef.collection('interactions').doc(registrationInteractionId(regionId, activityId, registrationId));

  return db.runTransaction(async (tx) => {
    const [activitySnapshot, candidate, existing] = await Promise.all([tx.get(activityRef), tx.get(candidateRef), tx.get(interactionRef)]);
    const activity = activitySnapshot.exists ? activitySchema.safeParse(fromFirestoreData(activitySnapshot.data())) : null;
    if (!candidate.exists || !activity?.success) return 'skipped';
    const entry = registrationInteraction(
      {
        regionId,
        status: registration.status,
        source: registration.source,
        registeredAt: registration.registeredAt,
        registeredBy: registration.registeredBy,
        activityTitle: activity.data.title,
        activityStartsAt: activity.data.startsAt,
      },
      author,
      now,
    );
    if (existing.exists) {
      if (existing.get('summary') === entry.summary) return 'unchanged';
      tx.update(interactionRef, { summary: entry.summary });
      return 'updated';
    }
    tx.create(interactionRef, entry);
    const lastContactAt = (fromFirestoreData(candidate.get('lastContactAt')) as Date | null | undefined) ?? null;
    if (!lastContactAt || lastContactAt < registration.registeredAt) {
      tx.update(candidateRef, { lastContactAt: registration.registeredAt, updatedAt: now, updatedBy: registration.registeredBy });
    }
    return 'created';
  });
}
