import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { syncCandidateView } from './candidate-view-sync.js';

/** The candidate's view lists their recent conversations (to rate them): it follows each new contact. */
export const onInteractionCreatedForCandidateView = onDocumentCreated(
  { document: 'candidates/{candidateId}/interactions/{interactionId}', retry: true },
  async (event) => {
    const { candidateId } = event.params;
    const { db, now } = services();
    const outcome = await syncCandidateView(db, candidateId, now());
    logEvent('candidate_view.synced', { candidateId, eventId: event.id, cause: 'interaction', outcome });
  },
);
