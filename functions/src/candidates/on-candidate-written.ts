import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { candidateChangeOf, syncCandidateAggregates } from './candidate-aggregates.js';
import { recordCandidateAudit, regionIdsIn, syncCandidateIndex } from './candidate-index.js';

/**
 * Keeps the region indexes, the journey, the aggregates and the audit trail in step with
 * every dossier write. Idempotent and order-independent, so failed runs are retried.
 */
export const onCandidateWritten = onDocumentWritten({ document: 'candidates/{candidateId}', retry: true }, async (event) => {
  const { candidateId } = event.params;
  const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
  const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
  const { db, now } = services();
  const knownRegionIds = [...new Set([...regionIdsIn(before), ...regionIdsIn(after)])];
  const sync = await syncCandidateIndex(db, candidateId, knownRegionIds);
  // The commit time of the write (precise); a deletion has none, so the event's time.
  const at = (event.data?.after.exists ? event.data.after.updateTime?.toDate() : undefined) ?? new Date(event.time);
  const aggregates = await syncCandidateAggregates(db, candidateId, candidateChangeOf(before, after, at, knownRegionIds), now());
  const audit = await recordCandidateAudit(db, candidateId, event.id, before, after, at);
  logEvent('candidate_index.synced', {
    candidateId,
    eventId: event.id,
    written: sync.written,
    deleted: sync.deleted,
    journey: aggregates.journey,
    aggregatesChanged: Object.entries(aggregates.regions)
      .filter(([, outcome]) => outcome.ledger !== 'kept')
      .map(([regionId]) => regionId),
    audit,
  });
});
