import type { Programme } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import type { WithId } from '../../../lib/firestore';
import { updateUnlessChanged, type GuardedUpdateResult } from '../../../lib/guarded-update';
import { normaliseStartDates, programmeInputSchema, type ProgrammeInput } from './create-programme';
import { programmeConverter, programmeRef } from './programme-converter';
import { programmeKeys } from './programme-keys';

export type UpdateProgrammeResult = GuardedUpdateResult<WithId<Programme>>;

/** Saves an edit unless someone saved the programme since the form was loaded (see updateUnlessChanged). */
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
  const ref = programmeRef(regionId, programmeId).withConverter(programmeConverter);
  return updateUnlessChanged(ref, baseUpdatedAt, { ...changes, startDates: normaliseStartDates(changes.startDates) }, uid);
}

export function useUpdateProgramme() {
  return useMutation({ mutationKey: programmeKeys.update(), mutationFn: updateProgramme });
}
