import { fieldValuesEqual, matchPreferencesSchema, type MatchPreferences } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { toPlain } from '../../../lib/firestore';
import { matchingKeys } from './matching-keys';

export { matchPreferencesSchema };

export interface MatchPreferencesUpdate {
  candidateId: string;
  /** The preferences the form started from: the save only goes through while they still hold. */
  base: MatchPreferences | null;
  value: MatchPreferences;
  uid: string;
}

export type MatchPreferencesResult = { outcome: 'saved' | 'unchanged' } | { outcome: 'conflict'; current: MatchPreferences | null; updatedBy: string | null };

/**
 * Writes the candidate's `matchPreferences` as one object (its three fields belong together),
 * with the update stamps the rules require, in a transaction that refuses when someone changed
 * the preferences since the form was filled: then nothing is written and theirs come back.
 */
export async function updateMatchPreferences({ candidateId, base, value, uid }: MatchPreferencesUpdate): Promise<MatchPreferencesResult> {
  const next = matchPreferencesSchema.parse(value);
  const ref = doc(db, 'candidates', candidateId);
  return runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    if (!snapshot.exists()) throw new Error(`candidates/${candidateId} does not exist`);
    const stored = matchPreferencesSchema.nullable().catch(null).parse(toPlain(snapshot.get('matchPreferences')) ?? null);
    if (fieldValuesEqual(stored, next)) return { outcome: 'unchanged' };
    if (!fieldValuesEqual(stored, base)) {
      const updatedBy: unknown = snapshot.get('updatedBy');
      return { outcome: 'conflict', current: stored, updatedBy: typeof updatedBy === 'string' ? updatedBy : null };
    }
    transaction.update(ref, { matchPreferences: next, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateMatchPreferences(candidateId: string) {
  return useMutation({ mutationKey: matchingKeys.updatePreferences(candidateId), mutationFn: updateMatchPreferences });
}
