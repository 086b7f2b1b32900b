import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { logEvent } from '../lib/log.js';
import { services } from '../setup.js';
import { describeOutcome, syncTaskAggregates } from './source-sync.js';

/** A task's share of the region aggregates (open, due, created, done) follows every write. Retried; idempotent. */
export const onTaskAggregated = onDocumentWritten({ document: 'regions/{regionId}/tasks/{taskId}', retry: true }, async (event) => {
  const { regionId, taskId } = event.params;
  const { db, now } = services();
  const outcome = await syncTaskAggregates(db, regionId, taskId, now());
  logEvent('aggregates.task_synced', { regionId, taskId, eventId: event.id, ...describeOutcome(outcome) });
});

