import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import { syncCandidateView } from '../self-service/candidate-view-sync.js';
import { consentAuditedBySelfService } from '../self-service/consent.js';
import { inviteOnCreate } from '../self-service/invitation.js';
import { services } from '../setup.js';
import { candidateChangeOf, syncCandidateAggregates } from './candidate-aggregates.js';
import { recordCandidateAudit, regionIdsIn, syncCandidateIndex } from './candidate-index.js';

/**
 * Keeps the region indexes, the journey, the aggregates, the audit trail and the candidate's
 * own view in step with every dossier write, and invites a new dossier's candidate to
 * self-service. Idempotent and order-independent, so failed runs are retried.
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
  const plainBefore = before ? (fromFirestoreData(before) as Record<string, unknown>) : null;
  const plainAfter = after ? (fromFirestoreData(after) as Record<string, unknown>) : null;
  // A consent decision made in self-service was audited (with its values) by setMyConsent.
  const audit = (await consentAuditedBySelfService(db, candidateId, plainBefore, plainAfter))
    ? 'exists'
    : await recordCandidateAudit(db, candidateId, event.id, before, after, at);
  const invitation = await inviteOnCreate(db, candidateId, plainBefore, plainAfter, at);
  const view = await syncCandidateView(db, candidateId, now());
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
    view,
    invitation,
  });
});
