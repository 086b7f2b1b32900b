// The dossier's side of the aggregates: its journey (phase history, server-owned) and its
// contribution to every region it is in. A plain function so tests can run it directly.
import { candidateSchema, journeyOf, journeyStepSchema, mergeJourneyStep, sameJourney, type JourneyState, type JourneyStep } from '@koers/domain';
import type { DocumentData, Firestore } from 'firebase-admin/firestore';
import { ledgerSource } from '../aggregates/plan.js';
import { candidateFactsIn, parseCandidate } from '../aggregates/source-contributions.js';
import { readLedgers, writeContribution, type ContributionOutcome } from '../aggregates/sync-contribution.js';
import { fromFirestoreData } from '../lib/firestore.js';
import { logError } from '../lib/log.js';

/** What one dossier write says, taken from its event. */
export interface CandidateChange {
  /** The regions the event's before and after listed. */
  knownRegionIds: readonly string[];
  /** The phase and status the write left (the event's after); null for a deletion. */
  state: JourneyState | null;
  /** When that state was taken: the commit time, or the dossier's createdAt for its creation. */
  at: Date;
  /**
   * The journey as the write found it: none for a creation, else the before data's (stored or
   * rebuilt from it). Used while the dossier has no stored journey yet, e.g. when a later
   * write's event is handled before the creation's.
   */
  baseline: JourneyStep[] | null;
}

export interface CandidateAggregatesResult {
  journey: 'kept' | 'written' | 'gone' | 'invalid';
  regions: Record<string, ContributionOutcome>;
}

const journeyStateSchema = journeyStepSchema.pick({ phase: true, status: true, exitReason: true });
const journeySourceSchema = candidateSchema.pick({ phase: true, status: true, exitReason: true, createdAt: true, phaseSince: true, journey: true });

/** The journey state and time of a write, from the event's raw before/after data. */
export function candidateChangeOf(before: DocumentData | null, after: DocumentData | null, commitTime: Date, knownRegionIds: readonly string[]): CandidateChange {
  const parsed = after ? journeyStateSchema.safeParse(after) : null;
  const createdAt = after ? fromFirestoreData(after.createdAt) : null;
  const at = !before && createdAt instanceof Date ? createdAt : commitTime;
  const previous = before ? journeySourceSchema.safeParse(fromFirestoreData(before)) : null;
  const baseline = before ? (previous?.success ? journeyOf(previous.data) : null) : [];
  return { knownRegionIds, state: parsed?.success ? parsed.data : null, at, baseline };
}

/**
 * Merges the write's state, and the state the dossier has now (true since its last commit),
 * into the journey (written back only when it changes, and only `journey`, so the audit trail
 * and `updatedAt` stay as the editor left them), then brings
 * each region's aggregates to the dossier as it is now, through its ledger. The journey
 * write fires the trigger again; that run merges a state the journey already has and finds
 * nothing to do, so it ends there.
 */
export async function syncCandidateAggregates(db: Firestore, candidateId: string, change: CandidateChange, now: Date): Promise<CandidateAggregatesResult> {
  return db.runTransaction(async (tx) => {
    const ref = db.collection('candidates').doc(candidateId);
    const snapshot = await tx.get(ref);
    const parsed = snapshot.exists ? parseCandidate(snapshot.data() ?? {}) : null;
    if (parsed && !parsed.ok) {
      logError('candidate_aggregates.invalid_candidate', { candidateId, fields: parsed.fields });
      return { journey: 'invalid', regions: {} };
    }
    const candidate = parsed?.value ?? null;
    const regionIds = [...new Set([...change.knownRegionIds, ...(candidate?.regionIds ?? [])])].sort();
    const source = ledgerSource.candidate(candidateId);
    const ledgers = await readLedgers(
      tx,
      db,
      regionIds.map((regionId) => ({ regionId, source })),
    );

    let result: CandidateAggregatesResult['journey'] = 'gone';
    let journeyed = candidate;
    if (candidate) {
      const stored = candidate.journey && candidate.journey.length > 0 ? candidate.journey : null;
      let journey = stored ?? change.baseline ?? journeyOf(candidate);
      if (change.state) journey = mergeJourneyStep(journey, change.state, change.at);
      if (snapshot.updateTime) journey = mergeJourneyStep(journey, candidate, snapshot.updateTime.toDate());
      journeyed = { ...candidate, journey };
      result = candidate.journey && sameJourney(candidate.journey, journey) ? 'kept' : 'written';
      if (result === 'written') tx.update(ref, { journey });
    }
    const regions: Record<string, ContributionOutcome> = {};
    for (const ledger of ledgers) {
      const facts = journeyed ? candidateFactsIn(journeyed, ledger.regionId) : null;
      regions[ledger.regionId] = writeContribution(tx, db, ledger, facts, now);
    }
    return { journey: result, regions };
  });
}
