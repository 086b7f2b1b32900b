import { decideFieldSave, valueAtPath } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { deleteField, doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { toPlain } from '../../../lib/firestore';
import { dossierKeys } from './dossier-keys';

export interface FieldUpdate {
  /** A top-level field, or a dotted path such as `customFields.school_type`. */
  field: string;
  /** The value the editor started from. */
  base: unknown;
  /** The value to write. */
  value: unknown;
  uid: string;
}

/** `saved`, `unchanged` (already so), or a conflict with what is there now and who wrote it. */
export type FieldUpdateResult = { outcome: 'saved' | 'unchanged' } | { outcome: 'conflict'; live: unknown; updatedBy: string | null };

/**
 * Writes ONE field of `candidates/{id}` (plus the update stamps the rules require), in a
 * transaction that first checks the field still holds the value the editor started from.
 * If someone else saved it meanwhile, nothing is written and the conflict is returned.
 */
export async function updateCandidateField(candidateId: string, update: FieldUpdate): Promise<FieldUpdateResult> {
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
    // An emptied custom field is removed from the map (its schema has no null).
    const value = update.value === null && update.field.startsWith('customFields.') ? deleteField() : update.value;
    transaction.update(ref, { [update.field]: value, updatedAt: serverTimestamp(), updatedBy: update.uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateCandidateField(candidateId: string) {
  return useMutation({
    mutationKey: dossierKeys.updateField(candidateId),
    mutationFn: (update: FieldUpdate) => updateCandidateField(candidateId, update),
  });
}
