// The one transactional step behind every aggregate trigger: apply the difference between
// what a source document contributed (its ledger) and what it contributes now.
import { aggregateHeader, aggregateLedgerSchema, aggregatePath, type LedgerFacts } from '@koers/domain';
import { FieldValue, type DocumentReference, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { planContribution } from './plan.js';

export interface ContributionSource {
  regionId: string;
  /** The ledger id, see `ledgerSource`. */
  source: string;
}

/** A ledger read in the transaction's read phase. */
export interface LedgerRead extends ContributionSource {
  ref: DocumentReference;
  facts: LedgerFacts | null;
}

export interface ContributionOutcome {
  /** Periods whose aggregate documents received increments. */
  periods: string[];
  ledger: 'kept' | 'written' | 'deleted';
}

/** One period's slice of a region's aggregates (see `aggregatePath`). */
export function aggregateRef(db: Firestore, regionId: string, period: string, slice: string): DocumentReference {
  return db.doc(aggregatePath(regionId, period, slice));
}

export function ledgerRef(db: Firestore, regionId: string, source: string): DocumentReference {
  return db.collection('regions').doc(regionId).collection('aggregateLedger').doc(source);
}

/** Read phase: the ledgers of several sources at once (transactions want every read before any write). */
export async function readLedgers(tx: Transaction, db: Firestore, sources: readonly ContributionSource[]): Promise<LedgerRead[]> {
  if (sources.length === 0) return [];
  const refs = sources.map(({ regionId, source }) => ledgerRef(db, regionId, source));
  const snapshots = await tx.getAll(...refs);
  return sources.map((source, i) => {
    const snapshot = snapshots[i]!;
    // The ledger is written by functions only; a broken one must stop the step (and be
    // repaired by a recompute) rather than be taken as empty and counted twice.
    const facts = snapshot.exists ? aggregateLedgerSchema.parse(fromFirestoreData(snapshot.data())).facts : null;
    return { ...source, ref: refs[i]!, facts };
  });
}

/** Write phase: increments into the affected aggregate documents, then the new ledger. */
export function writeContribution(tx: Transaction, db: Firestore, ledger: LedgerRead, facts: LedgerFacts | null, now: Date): ContributionOutcome {
  const plan = planContribution(ledger.facts, facts);
  const periods = Object.keys(plan.deltas).sort();
  for (const period of periods) {
    for (const [slice, counts] of Object.entries(plan.deltas[period]!)) {
      const increments = Object.fromEntries(Object.entries(counts).map(([key, change]) => [key, FieldValue.increment(change)]));
      tx.set(aggregateRef(db, ledger.regionId, period, slice), { ...aggregateHeader(period, slice), slices: { [slice]: increments }, updatedAt: now }, { merge: true });
    }
  }
  switch (plan.ledger.action) {
    case 'keep':
      return { periods, ledger: 'kept' };
    case 'delete':
      tx.delete(ledger.ref);
      return { periods, ledger: 'deleted' };
    case 'set':
      tx.set(ledger.ref, { facts: plan.ledger.facts, updatedAt: now });
      return { periods, ledger: 'written' };
  }
}

export interface ContributionSync extends ContributionSource {
  /** What the source's contribution is computed from now; null when it is gone (or no longer in the region). */
  facts: LedgerFacts | null;
  now: Date;
}

/**
 * Reads the ledger, then writes. Inside a caller's transaction this must come after the
 * caller's own reads; callers with several sources use `readLedgers` + `writeContribution`.
 */
export async function syncContribution(db: Firestore, sync: ContributionSync, tx?: Transaction): Promise<ContributionOutcome> {
  const step = async (transaction: Transaction) => {
    const [ledger] = await readLedgers(transaction, db, [sync]);
    return writeContribution(transaction, db, ledger!, sync.facts, sync.now);
  };
  return tx ? step(tx) : db.runTransaction(step);
}
