import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { applyAggregateWrite } from './cross-region.js';

/**
 * A participating region's figures for now or for a month changed: the cross-region document
 * of that period is rebuilt whole. Days, weeks and filter slices (`<period>~<slice>` ids) are
 * not compared, so they return at once.
 */
export const onAggregateWritten = onDocumentWritten({ document: 'regions/{regionId}/aggregates/{id}', retry: true }, async (event) => {
  const { regionId, id } = event.params;
  const { db, now } = services();
  // The id of an `all` document is its period; anything else is not a cross-region period.
  await applyAggregateWrite(db, regionId, id, now());
});
