import type { Vacancy } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import type { WithId } from '../../../lib/firestore';
import { updateUnlessChanged, type GuardedUpdateResult } from '../../../lib/guarded-update';
import { vacancyInputSchema, type VacancyInput } from './create-vacancy';
import { vacancyConverter, vacancyRef } from './vacancy-converter';
import { vacancyKeys } from './vacancy-keys';

export type UpdateVacancyResult = GuardedUpdateResult<WithId<Vacancy>>;

/** Saves an edit unless someone saved the vacancy since the form was loaded (see updateUnlessChanged). */
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
  return updateUnlessChanged(vacancyRef(regionId, vacancyId).withConverter(vacancyConverter), baseUpdatedAt, changes, uid);
}

export function useUpdateVacancy() {
  return useMutation({ mutationKey: vacancyKeys.update(), mutationFn: updateVacancy });
}
