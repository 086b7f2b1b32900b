import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { describeOutcome, syncRegistrationAggregates } from './source-sync.js';

/** A registration's share of the region aggregates (by status, kind and source) follows every write. Retried; idempotent. */
export const onRegistrationAggregated = onDocumentWritten(
  { document: 'regions/{regionId}/activities/{activityId}/registrations/{registrationId}', retry: true },
  async (event) => {
    const { regionId, activityId, registrationId } = event.params;
    const { db, now } = services();
    const outcome = await syncRegistrationAggregates(db, regionId, activityId, registrationId, now());
    logEvent('aggregates.registration_synced', { regionId, activityId, registrationId, eventId: event.id, ...describeOutcome(outcome) });
  },
);
