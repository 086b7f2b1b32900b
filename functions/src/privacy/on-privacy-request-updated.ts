import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { eraseCandidate } from './erase-candidate.js';
import { candidateToErase } from './erasure-plan.js';

/**
 * A deletion request handled as done erases the candidate everywhere, then stamps `erasedAt`
 * on the request (the record that stays). Retried: a failed run is finished by the next, as
 * every step of the erasure is idempotent; the stamp itself changes nothing that asks again.
 */
export const onPrivacyRequestUpdated = onDocumentUpdated(
  { document: 'regions/{regionId}/privacyRequests/{requestId}', retry: true },
  async (event) => {
    const { regionId, requestId } = event.params;
    const before = event.data?.before.exists ? fromFirestoreData(event.data.before.data()) : null;
    const after = event.data?.after.exists ? fromFirestoreData(event.data.after.data()) : null;
    const candidateId = candidateToErase(before, after);
    if (!candidateId) return;
    const { db, auth } = services();
    const counts = await eraseCandidate(db, auth, candidateId);
    await event.data!.after.ref.update({ erasedAt: FieldValue.serverTimestamp() });
    logEvent('privacy.candidate_erased', { regionId, requestId, candidateId, eventId: event.id, ...counts });
  },
);
