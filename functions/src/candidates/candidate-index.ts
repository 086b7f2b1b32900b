// Maintenance behind onCandidateWritten: the per-region candidate index and the audit trail
// (the aggregates are in candidate-aggregates.ts). Plain functions so tests can run them (twice) directly.
import {
  candidateAuditEntry,
  candidateIndexEntrySchema,
  candidateSchema,
  changedFields,
  slugPattern,
  toCandidateIndexEntry,
  type Candidate,
  type CandidateIndexEntry,
} from '@koers/domain';
import { type DocumentData, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import { converter, fromFirestoreData } from '../lib/firestore.js';
import { logError } from '../lib/log.js';

const indexConverter = converter(candidateIndexEntrySchema);

export function candidateIndexRef(db: Firestore, regionId: string, candidateId: string): DocumentReference<CandidateIndexEntry> {
  return db.collection('regions').doc(regionId).collection('candidateIndex').doc(candidateId).withConverter(indexConverter);
}

/** Region ids listed in raw candidate data (event payloads are not trusted to be well-formed). */
export function regionIdsIn(data: DocumentData | null | undefined): string[] {
  const ids: unknown = data?.regionIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && slugPattern.test(id)) : [];
}

export interface IndexSyncResult {
  written: string[];
  deleted: string[];
}

/**
 * Makes every region's index entry agree with the candidate as it is *now* (read in the
 * transaction, not taken from the event), so events may arrive in any order and any number
 * of times. `knownRegionIds` are the regions the event's before and after listed: entries
 * there are removed when the candidate no longer lists the region.
 */
export async function syncCandidateIndex(db: Firestore, candidateId: string, knownRegionIds: readonly string[]): Promise<IndexSyncResult> {
  return db.runTransaction(async (tx) => {
    const result: IndexSyncResult = { written: [], deleted: [] };
    const snapshot = await tx.get(db.collection('candidates').doc(candidateId));
    let candidate: Candidate | null = null;
    if (snapshot.exists) {
      const parsed = candidateSchema.safeParse(fromFirestoreData(snapshot.data()));
      if (!parsed.success) {
        // Leave the index as it is rather than guess; the issue paths name fields, not values.
        logError('candidate_index.invalid_candidate', { candidateId, fields: parsed.error.issues.map((issue) => issue.path.join('.')) });
        return result;
      }
      candidate = parsed.data;
    }
    const listed = new Set(candidate?.regionIds ?? []);
    const regionIds = [...new Set([...knownRegionIds, ...listed])].sort();
    if (regionIds.length === 0) return result;
    const refs = regionIds.map((regionId) => candidateIndexRef(db, regionId, candidateId));
    const stored = await tx.getAll(...refs);
    const fresh = candidate ? toCandidateIndexEntry(candidate) : null;

    regionIds.forEach((regionId, i) => {
      const ref = refs[i]!;
      const before = stored[i]?.data() ?? null;
      const after = listed.has(regionId) ? fresh : null;
      if (after && (!before || changedFields(before, after).length > 0)) {
        tx.set(ref, after);
        result.written.push(regionId);
      } else if (!after && before) {
        tx.delete(ref);
        result.deleted.push(regionId);
      }
    });
    return result;
  });
}

export type AuditOutcome = 'written' | 'exists' | 'skipped';

/**
 * Writes `candidates/{c}/audit/{eventId}` for one change, once: the event id is the key and
 * the document is only created, so a re-delivered event leaves the first entry in place.
 */
export async function recordCandidateAudit(
  db: Firestore,
  candidateId: string,
  eventId: string,
  before: DocumentData | null,
  after: DocumentData | null,
  at: Date,
): Promise<AuditOutcome> {
  const entry = candidateAuditEntry(plain(before), plain(after), at);
  if (!entry) return 'skipped';
  try {
    await db.collection('candidates').doc(candidateId).collection('audit').doc(eventId).create(entry);
    return 'written';
  } catch (error) {
    if ((error as { code?: unknown }).code === 6 /* ALREADY_EXISTS */) return 'exists';
    throw error;
  }
}

function plain(data: DocumentData | null): Record<string, unknown> | null {
  return data ? (fromFirestoreData(data) as Record<string, unknown>) : null;
}
