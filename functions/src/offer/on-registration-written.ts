import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { recountRegistrations, syncRegistrationInteraction } from './registration-sync.js';

/**
 * Keeps an activity's registrationCount and the registered candidate's contact history in step
 * with every registration write, whoever made it (adviser, candidate, website). Both steps read
 * the current state, so re-delivered or reordered events change nothing twice.
 */
export const onRegistrationWritten = onDocumentWritten(
  { document: 'regions/{regionId}/activities/{activityId}/registrations/{registrationId}', retry: true },
  async (event) => {
    const { regionId, activityId, registrationId } = event.params;
    const { db, now } = services();
    const count = await recountRegistrations(db, regionId, activityId);
    const interaction = await syncRegistrationInteraction(db, regionId, activityId, registrationId, now());
    logEvent('registration.synced', { regionId, activityId, registrationId, eventId: event.id, count: count ?? -1, interaction });
  },
);
