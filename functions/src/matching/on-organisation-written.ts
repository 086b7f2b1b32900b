import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { handleOfferWrite, logOfferChange } from './offer-changed.js';

/** A organisation changed: the region's match-target snapshot and its candidates' suggestions follow. */
export const onOrganisationWrittenForMatching = onDocumentWritten({ document: 'regions/{regionId}/organisations/{documentId}', retry: true }, async (event) => {
  const { regionId, documentId } = event.params;
  const before = event.data?.before.exists ? (event.data.before.data() ?? null) : null;
  const after = event.data?.after.exists ? (event.data.after.data() ?? null) : null;
  const writtenAt = (event.data?.after.exists ? event.data.after.updateTime?.toDate() : undefined) ?? new Date(event.time);
  const { db, now } = services();
  logOfferChange('organisation', regionId, documentId, await handleOfferWrite(db, regionId, before, after, writtenAt, now()));
});
