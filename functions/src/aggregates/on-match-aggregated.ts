import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { describeOutcome, syncMatchAggregates } from './source-sync.js';

/** A match's share of the region aggregates (its status now, every step) follows every write. Retried; idempotent. */
export const onMatchAggregated = onDocumentWritten({ document: 'regions/{regionId}/matches/{matchId}', retry: true }, async (event) => {
  const { regionId, matchId } = event.params;
  const { db, now } = services();
  const outcome = await syncMatchAggregates(db, regionId, matchId, now());
  logEvent('aggregates.match_synced', { regionId, matchId, eventId: event.id, ...describeOutcome(outcome) });
});
