import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { countFeedback } from './count-feedback.js';

/** Each new rating adds to its month's summary, the figures every region role reads. Retried; counted once per event. */
export const onFeedbackCreated = onDocumentCreated({ document: 'regions/{regionId}/feedback/{feedbackId}', retry: true }, async (event) => {
  const { regionId, feedbackId } = event.params;
  const { db, now } = services();
  const outcome = await countFeedback(db, regionId, feedbackId, event.id, now());
  logEvent('feedback.counted', { regionId, eventId: event.id, ...outcome });
});
