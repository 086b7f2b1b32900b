// Keeps `candidateViews/{candidateId}` (what the candidate reads of their dossier) in step with
// the dossier, their matches and their contacts. Reads everything in one transaction, so runs
// for events arriving in any order and any number of times end with the view of the current
// state; writes only when something the candidate sees changed.
import { buildCandidateView, candidateSchema, changedFields, type CandidateView } from '@koers/domain';
import type { DocumentReference, Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { runContendedTransaction } from '../lib/transaction.js';
import { parseStored, readViewSources, transactionReader } from './view-sources.js';

export type ViewSyncOutcome = 'written' | 'unchanged' | 'deleted' | 'absent';

export function candidateViewRef(db: Firestore, candidateId: string): DocumentReference {
  return db.collection('candidateViews').doc(candidateId);
}

/** Deep copy without undefined values (Firestore refuses them; absent and undefined mean the same). */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, withoutUndefined(item)]),
    ) as T;
  }
  return value;
}

/** Whether the stored view differs from `fresh` in anything but the sync time. */
export function viewChanged(stored: Record<string, unknown> | null, fresh: CandidateView): boolean {
  if (!stored) return true;
  return changedFields(stored, withoutUndefined(fresh) as unknown as Record<string, unknown>).some((field) => field !== 'syncedAt');
}

export async function syncCandidateView(db: Firestore, candidateId: string, now: Date): Promise<ViewSyncOutcome> {
  const viewRef = candidateViewRef(db, candidateId);
  return runContendedTransaction(db, async (tx) => {
    const reader = transactionReader(tx);
    const dossierSnap = await tx.get(db.collection('candidates').doc(candidateId));
    const storedSnap = await tx.get(viewRef);
    if (!dossierSnap.exists) {
      if (!storedSnap.exists) return 'absent';
      tx.delete(viewRef);
      return 'deleted';
    }
    // A dossier that breaks the contract (logged) leaves the view as it was rather than guess.
    const candidate = parseStored(candidateSchema, dossierSnap, 'self_service.invalid_candidate');
    if (!candidate) return 'unchanged';
    const view = buildCandidateView(await readViewSources(reader, db, candidateId, candidate, now));
    const stored = storedSnap.exists ? (fromFirestoreData(storedSnap.data()) as Record<string, unknown>) : null;
    if (!viewChanged(stored, view)) return 'unchanged';
    tx.set(viewRef, withoutUndefined(view));
    return 'written';
  });
}
