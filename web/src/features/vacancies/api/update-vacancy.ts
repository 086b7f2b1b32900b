import type { Vacancy } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import type { WithId } from '../../../lib/firestore';
import { vacancyInputSchema, type VacancyInput } from './create-vacancy';
import { vacancyConverter, vacancyRef } from './vacancy-converter';
import { vacancyKeys } from './vacancy-keys';

export type UpdateVacancyResult = { outcome: 'saved' } | { outcome: 'conflict'; current: WithId<Vacancy> };

/** The vacancy was deleted while someone was editing it. */
export class VacancyGoneError extends Error {
  readonly code = 'not-found';
}

const stampMillis = (value: Date | undefined | null) => value?.getTime() ?? null;

/**
 * Saves an edit only if nobody saved the vacancy since the form was loaded: a transaction
 * compares the stored `updatedAt` with `baseUpdatedAt` and writes nothing when they differ,
 * returning what is there now so the form can show the conflict and keep what was typed.
 */
export async function updateVacancy({
  regionId,
  vacancyId,
  uid,
  baseUpdatedAt,
  input,
}: {
  regionId: string;
  vacancyId: string;
  uid: string;
  baseUpdatedAt: Date | null;
  input: VacancyInput;
}): Promise<UpdateVacancyResult> {
  const changes = vacancyInputSchema.parse(input);
  const ref = vacancyRef(regionId, vacancyId);
  return runTransaction(db, async (transaction) => {
    const current = (await transaction.get(ref.withConverter(vacancyConverter))).data();
    if (!current) throw new VacancyGoneError(`regions/${regionId}/vacancies/${vacancyId} no longer exists`);
    if (stampMillis(current.updatedAt) !== stampMillis(baseUpdatedAt)) return { outcome: 'conflict', current };
    transaction.update(ref, { ...changes, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateVacancy() {
  return useMutation({ mutationKey: vacancyKeys.update(), mutationFn: updateVacancy });
}
