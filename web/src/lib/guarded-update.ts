import { runTransaction, serverTimestamp, type DocumentData, type DocumentReference, type UpdateData } from 'firebase/firestore';
import { db } from './firebase';
import { toPlain } from './firestore';

/** Saved, or refused because someone saved another version since the form was loaded. */
export type GuardedUpdateResult<T> =
  | { outcome: 'saved' }
  | { outcome: 'conflict'; current: T; updatedBy: string | null; updatedAt: Date | null };

/** The document was deleted while someone was editing it; errorCode() reads it as not-found. */
export class DocumentGoneError extends Error {
  override name = 'DocumentGoneError';
  readonly code = 'not-found';
  constructor(readonly path: string) {
    super(`${path} no longer exists`);
  }
}

function millis(value: unknown): number | null {
  return value instanceof Date ? value.getTime() : null;
}

/**
 * Writes `changes` (plus the update stamps the rules require) only while the document still
 * has the `updatedAt` the form was filled from. A transaction reads the stored version first:
 * when someone saved in between, nothing is written and what is there now comes back, so the
 * form can show the conflict and keep what was typed. Documents never stamped have no
 * `updatedAt`; their base is null.
 */
export async function updateUnlessChanged<T extends DocumentData>(
  ref: DocumentReference<T>,
  baseUpdatedAt: Date | null | undefined,
  changes: DocumentData,
  uid: string,
): Promise<GuardedUpdateResult<T>> {
  return runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    const current = snapshot.data();
    if (!snapshot.exists() || current === undefined) throw new DocumentGoneError(ref.path);
    const updatedAt = toPlain(snapshot.get('updatedAt'));
    if (millis(updatedAt) !== (baseUpdatedAt?.getTime() ?? null)) {
      const updatedBy: unknown = snapshot.get('updatedBy');
      return { outcome: 'conflict', current, updatedBy: typeof updatedBy === 'string' ? updatedBy : null, updatedAt: updatedAt instanceof Date ? updatedAt : null };
    }
    transaction.update(ref, { ...changes, updatedAt: serverTimestamp(), updatedBy: uid } as UpdateData<T>);
    return { outcome: 'saved' };
  });
}
