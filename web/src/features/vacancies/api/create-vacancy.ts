import { vacancySchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { vacancyKeys } from './vacancy-keys';

/** What a person fills in; the school, publication state and stamps the operations add. */
export const vacancyInputSchema = vacancySchema.pick({
  title: true,
  sector: true,
  subjects: true,
  hoursPerWeek: true,
  lateralEntry: true,
  closingDate: true,
  description: true,
});
export type VacancyInput = z.output<typeof vacancyInputSchema>;

/** Creates a draft (unpublished) vacancy of the school, attributed to the caller, now. */
export async function createVacancy({
  regionId,
  organisationId,
  uid,
  input,
}: {
  regionId: string;
  organisationId: string;
  uid: string;
  input: VacancyInput;
}): Promise<string> {
  const vacancy = vacancyInputSchema.parse(input);
  const ref = await addDoc(collection(db, 'regions', regionId, 'vacancies'), {
    ...vacancy,
    organisationId,
    published: false,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

export function useCreateVacancy() {
  return useMutation({ mutationKey: vacancyKeys.create(), mutationFn: createVacancy });
}
