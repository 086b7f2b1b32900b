import type { Programme } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import type { WithId } from '../../../lib/firestore';
import { normaliseStartDates, programmeInputSchema, type ProgrammeInput } from './create-programme';
import { programmeConverter, programmeRef } from './programme-converter';
import { programmeKeys } from './programme-keys';

export type UpdateProgrammeResult = { outcome: 'saved' } | { outcome: 'conflict'; current: WithId<Programme> };

/** The programme was deleted while someone was editing it. */
export class ProgrammeGoneError extends Error {
  readonly code = 'not-found';
}

const stampMillis = (value: Date | undefined | null) => value?.getTime() ?? null;

/**
 * Saves an edit only if nobody saved the programme since the form was loaded: a transaction
 * compares the stored `updatedAt` with `baseUpdatedAt` and writes nothing when they differ,
 * returning what is there now so the form can show the conflict and keep what was typed.
 */
export async function updateProgramme({
  regionId,
  programmeId,
  uid,
  baseUpdatedAt,
  input,
}: {
  regionId: string;
  programmeId: string;
  uid: string;
  baseUpdatedAt: Date | null;
  input: ProgrammeInput;
}): Promise<UpdateProgrammeResult> {
  const changes = programmeInputSchema.parse(input);
  const ref = programmeRef(regionId, programmeId);
  return runTransaction(db, async (transaction) => {
    const current = (await transaction.get(ref.withConverter(programmeConverter))).data();
    if (!current) throw new ProgrammeGoneError(`regions/${regionId}/programmes/${programmeId} no longer exists`);
    if (stampMillis(current.updatedAt) !== stampMillis(baseUpdatedAt)) return { outcome: 'conflict', current };
    transaction.update(ref, { ...changes, startDates: normaliseStartDates(changes.startDates), updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateProgramme() {
  return useMutation({ mutationKey: programmeKeys.update(), mutationFn: updateProgramme });
}
