import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { recordCandidateAudit, regionIdsIn, syncCandidateIndex } from './candidate-index.js';

/**
 * Keeps the region indexes, aggregates and audit trail in step with every dossier write.
 * Idempotent and order-independent, so failed runs are retried.
 */
export const onCandidateWritten = onDocumentWritten({ document: 'candidates/{candidateId}', retry: true }, async (event) => {
  const { candidateId } = event.params;
  const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
  const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
  const { db, now } = services();
  const sync = await syncCandidateIndex(db, candidateId, [...regionIdsIn(before), ...regionIdsIn(after)], now());
  // The commit time of the write (precise); a deletion has none, so the event's time.
  const at = (event.data?.after.exists ? event.data.after.updateTime?.toDate() : undefined) ?? new Date(event.time);
  const audit = await recordCandidateAudit(db, candidateId, event.id, before, after, at);
  logEvent('candidate_index.synced', {
    candidateId,
    eventId: event.id,
    written: sync.written,
    deleted: sync.deleted,
    aggregatesChanged: Object.keys(sync.deltas),
    audit,
  });
});
