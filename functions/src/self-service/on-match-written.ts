import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { syncCandidateView } from './candidate-view-sync.js';

/** The candidate's view follows their matches (status, planned date, the school that helps them). */
export const onMatchWrittenForCandidateView = onDocumentWritten({ document: 'regions/{regionId}/matches/{matchId}', retry: true }, async (event) => {
  const ids = new Set<string>();
  for (const snapshot of [event.data?.before, event.data?.after]) {
    const candidateId: unknown = snapshot?.exists ? snapshot.get('candidateId') : null;
    if (typeof candidateId === 'string' && candidateId) ids.add(candidateId);
  }
  const { db, now } = services();
  for (const candidateId of ids) {
    const outcome = await syncCandidateView(db, candidateId, now());
    logEvent('candidate_view.synced', { candidateId, eventId: event.id, cause: 'match', outcome });
  }
});
