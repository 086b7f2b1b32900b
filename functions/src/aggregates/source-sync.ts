// Aggregate maintenance for tasks, matches and registrations: read the source document now,
// then apply its contribution through its ledger, in one transaction. Plain functions, so
// tests can run them (twice) directly.
import type { LedgerFacts } from '@koers/domain';
import type { DocumentData, DocumentReference, Firestore } from 'firebase-admin/firestore';
import { logError } from '../lib/log.js';
import { ledgerSource } from './plan.js';
import { activityKindOf, matchFactsOf, registrationFactsOf, taskFactsOf, type Parsed } from './source-contributions.js';
import { syncContribution, type ContributionOutcome } from './sync-contribution.js';

export type SourceOutcome = ContributionOutcome | 'invalid';

async function syncSource(
  db: Firestore,
  regionId: string,
  source: string,
  ref: DocumentReference,
  factsOf: (data: DocumentData, read: <T>(other: DocumentReference<T>) => Promise<T | undefined>) => Promise<Parsed<LedgerFacts>>,
  now: Date,
): Promise<SourceOutcome> {
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    let facts: LedgerFacts | null = null;
    if (snapshot.exists) {
      const parsed = await factsOf(snapshot.data() ?? {}, async (other) => (await tx.get(other)).data());
      if (!parsed.ok) {
        // Keep what the document contributed before rather than guess; a recompute repairs it.
        logError('aggregates.invalid_source', { regionId, source, fields: parsed.fields });
        return 'invalid';
      }
      facts = parsed.value;
    }
    return syncContribution(db, { regionId, source, facts, now }, tx);
  });
}

export function syncTaskAggregates(db: Firestore, regionId: string, taskId: string, now: Date): Promise<SourceOutcome> {
  const ref = db.collection('regions').doc(regionId).collection('tasks').doc(taskId);
  return syncSource(db, regionId, ledgerSource.task(taskId), ref, async (data) => taskFactsOf(data), now);
}

export function syncMatchAggregates(db: Firestore, regionId: string, matchId: string, now: Date): Promise<SourceOutcome> {
  const ref = db.collection('regions').doc(regionId).collection('matches').doc(matchId);
  return syncSource(db, regionId, ledgerSource.match(matchId), ref, async (data) => matchFactsOf(data), now);
}

export function syncRegistrationAggregates(db: Firestore, regionId: string, activityId: string, registrationId: string, now: Date): Promise<SourceOutcome> {
  const activity = db.collection('regions').doc(regionId).collection('activities').doc(activityId);
  const ref = activity.collection('registrations').doc(registrationId);
  return syncSource(
    db,
    regionId,
    ledgerSource.registration(activityId, registrationId),
    ref,
    async (data, read) => registrationFactsOf(data, activityKindOf(await read(activity))),
    now,
  );
}

/** An outcome as log fields: counts and states only. */
export function describeOutcome(outcome: SourceOutcome): Record<string, string | number> {
  return outcome === 'invalid' ? { outcome } : { outcome: outcome.ledger, periods: outcome.periods.length };
}
