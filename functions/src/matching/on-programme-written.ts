import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { handleOfferWrite, logOfferChange } from './offer-changed.js';

/** A programme changed: the region's match-target snapshot and its candidates' suggestions follow. */
export const onProgrammeWrittenForMatching = onDocumentWritten({ document: 'regions/{regionId}/programmes/{documentId}', retry: true }, async (event) => {
  const { regionId, documentId } = event.params;
  const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
  const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
  const writtenAt = (event.data?.after.exists ? event.data.after.updateTime?.toDate() : undefined) ?? new Date(event.time);
  const { db, now } = services();
  logOfferChange('programme', regionId, documentId, await handleOfferWrite(db, regionId, before, after, writtenAt, now()));
});
