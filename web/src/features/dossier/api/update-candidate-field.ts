import { decideFieldSave, valueAtPath, type Candidate } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { FirebaseError } from 'firebase/app';
import { deleteField, doc, runTransaction, serverTimestamp, writeBatch } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { toPlain } from '../../../lib/firestore';
import { queryClient } from '../../../lib/query-client';
import { dossierKeys } from './dossier-keys';

export interface FieldUpdate {
  /** A top-level field, or a dotted path such as `customFields.school_type`. */
  field: string;
  /** The value the editor started from. */
  base: unknown;
  /** The value to write. */
  value: unknown;
  uid: string;
  /** The writer's name, for their presence entry (the edit record lives there). */
  displayName: string;
}

/** `saved`, `unchanged` (already so), or a conflict with what is there now and who wrote it. */
export type FieldUpdateResult = { outcome: 'saved' | 'unchanged' } | { outcome: 'conflict'; live: unknown; updatedBy: string | null };

/**
 * Writes ONE field of `candidates/{id}` (plus the update stamps the rules require) without
 * ever overwriting a value the editor has not seen.
 *
 * Fast path, one round trip: the dossier's live listener already holds the current value, so
 * the decision is made on it, and the write goes out in a batch with an edit record in the
 * writer's presence entry. The rules refuse the write if the field no longer holds the value
 * the editor started from (someone saved in between), and then the slow path decides.
 * Slow path: a transaction that reads the field on the server and writes only if it still
 * holds that value; otherwise nothing is written and the conflict is returned.
 */
export async function updateCandidateField(candidateId: string, update: FieldUpdate): Promise<FieldUpdateResult> {
  const cached = queryClient.getQueryData<Candidate | null>(dossierKeys.detail(candidateId));
  const path = update.field.split('.');
  if (cached && path.length <= 2) {
    const live = valueAtPath(cached, update.field);
    const decision = decideFieldSave(update.base, live, update.value);
    if (decision === 'unchanged') return { outcome: 'unchanged' };
    if (decision === 'conflict') return { outcome: 'conflict', live, updatedBy: cached.updatedBy };
    try {
      await writeWithEditRecord(candidateId, update, path);
      return { outcome: 'saved' };
    } catch (error) {
      // Refused by the base check (or anything else): the transaction reads the truth.
      if (!(error instanceof FirebaseError && error.code === 'permission-denied')) throw error;
    }
  }
  return updateInTransaction(candidateId, update);
}

function writtenValue(update: FieldUpdate): unknown {
  // An emptied custom field is removed from the map (its schema has no null).
  return update.value === null && update.field.startsWith('customFields.') ? deleteField() : update.value;
}

async function writeWithEditRecord(candidateId: string, update: FieldUpdate, path: string[]): Promise<void> {
  const batch = writeBatch(db);
  batch.update(doc(db, 'candidates', candidateId), { [update.field]: writtenValue(update), updatedAt: serverTimestamp(), updatedBy: update.uid });
  batch.set(
    doc(db, 'candidates', candidateId, 'presence', update.uid),
    {
      displayName: update.displayName.slice(0, 200),
      at: serverTimestamp(),
      lastEdit: { field: path[0], key: path[1] ?? null, base: update.base ?? null, at: serverTimestamp() },
    },
    { merge: true },
  );
  await batch.commit();
}

async function updateInTransaction(candidateId: string, update: FieldUpdate): Promise<FieldUpdateResult> {
  const ref = doc(db, 'candidates', candidateId);
  return runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    if (!snapshot.exists()) throw new Error(`candidates/${candidateId} does not exist`);
    const data = toPlain(snapshot.data());
    const live = valueAtPath(data, update.field);
    const decision = decideFieldSave(update.base, live, update.value);
    if (decision === 'unchanged') return { outcome: 'unchanged' };
    if (decision === 'conflict') {
      const updatedBy = valueAtPath(data, 'updatedBy');
      return { outcome: 'conflict', live, updatedBy: typeof updatedBy === 'string' ? updatedBy : null };
    }
    transaction.update(ref, { [update.field]: writtenValue(update), updatedAt: serverTimestamp(), updatedBy: update.uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateCandidateField(candidateId: string) {
  return useMutation({
    mutationKey: dossierKeys.updateField(candidateId),
    mutationFn: (update: FieldUpdate) => updateCandidateField(candidateId, update),
  });
}
