// What the offer triggers do when a vacancy, programme or organisation of a region is written:
// rebuild the region's match-target snapshot, then refresh its active candidates' suggestions.
// Idempotent: a write the stored snapshot already read past changes nothing.
import type { DocumentData, Firestore } from 'firebase-admin/firestore';
import { logEvent } from '../lib/log.js';
import { canonicalJson, refreshRegionSuggestions } from './suggestions.js';
import { offerReadAt, rebuildOffer } from './offer-snapshot.js';

/** Bookkeeping fields that never change a target. */
const ignoredFields = new Set(['updatedAt', 'updatedBy', 'createdAt', 'createdBy']);

function relevant(data: DocumentData | null): string {
  return data ? canonicalJson(Object.fromEntries(Object.entries(data).filter(([key]) => !ignoredFields.has(key)))) : 'null';
}

export type OfferChangeOutcome = 'irrelevant' | 'covered' | 'rebuilt' | 'superseded';

export async function handleOfferWrite(
  db: Firestore,
  regionId: string,
  before: DocumentData | null,
  after: DocumentData | null,
  /** When the write was committed (the document's update time, or the event's time for a delete). */
  writtenAt: Date,
  now: Date,
): Promise<OfferChangeOutcome> {
  if (relevant(before) === relevant(after)) return 'irrelevant';
  // A burst of writes (an import, a seed) needs one rebuild, not one per document.
  const readAt = await offerReadAt(db, regionId);
  if (readAt && readAt.getTime() > writtenAt.getTime()) return 'covered';
  const build = await rebuildOffer(db, regionId, now);
  if (!build.written) return 'superseded';
  await refreshRegionSuggestions(db, regionId, now);
  return 'rebuilt';
}

export function logOfferChange(kind: string, regionId: string, documentId: string, outcome: OfferChangeOutcome): void {
  logEvent('matching.offer_changed', { kind, regionId, documentId, outcome });
}
