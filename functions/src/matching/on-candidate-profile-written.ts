import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { matchRelevantChange } from './match-inputs.js';
import { refreshCandidateSuggestions } from './suggestions.js';

/**
 * Keeps `candidates/{c}/suggestions/current` in step with the dossier: recomputed when a field
 * the scorer reads (or the phase, status or regions) changed; cleared when no longer active.
 * Reads the dossier as it is now, so re-delivered or reordered events do no harm.
 */
export const onCandidateProfileWritten = onDocumentWritten({ document: 'candidates/{candidateId}', retry: true }, async (event) => {
  const { candidateId } = event.params;
  const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
  const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
  if (!matchRelevantChange(before, after)) return;
  const { db, now } = services();
  const outcome = await refreshCandidateSuggestions(db, candidateId, now());
  logEvent('matching.candidate_suggestions', { candidateId, eventId: event.id, outcome });
});
