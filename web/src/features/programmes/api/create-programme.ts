import { programmeSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { programmeKeys } from './programme-keys';

/** What a person fills in; the institute, publication state and stamps the operations add. */
export const programmeInputSchema = programmeSchema.pick({
  name: true,
  type: true,
  sectors: true,
  subjects: true,
  startDates: true,
  durationMonths: true,
  admission: true,
});
export type ProgrammeInput = z.output<typeof programmeInputSchema>;

/** Start dates in calendar order, each once. */
export function normaliseStartDates(startDates: string[]): string[] {
  return [...new Set(startDates)].sort();
}

/** Creates a draft (unpublished) programme of the institute, attributed to the caller, now. */
export async function createProgramme({
  regionId,
  organisationId,
  uid,
  input,
}: {
  regionId: string;
  organisationId: string;
  uid: string;
  input: ProgrammeInput;
}): Promise<string> {
  const programme = programmeInputSchema.parse(input);
  const ref = await addDoc(collection(db, 'regions', regionId, 'programmes'), {
    ...programme,
    startDates: normaliseStartDates(programme.startDates),
    organisationId,
    published: false,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

export function useCreateProgramme() {
  return useMutation({ mutationKey: programmeKeys.create(), mutationFn: createProgramme });
}
