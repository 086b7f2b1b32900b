import { organisationSchema, type Organisation } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { zodConverter, type WithId } from '../../../lib/firestore';
import { organisationKeys } from './organisation-keys';

const organisationConverter = zodConverter(organisationSchema);

/**
 * What HR and training staff may keep current about their own organisation. Not its type
 * (that decides who may hold which role there), nor the board or BRIN the region manages.
 */
export const organisationDetailsSchema = organisationSchema.pick({
  name: true,
  address: true,
  postcode: true,
  place: true,
  website: true,
  sectors: true,
});
export type OrganisationDetails = z.output<typeof organisationDetailsSchema>;

export type UpdateOrganisationResult = { outcome: 'saved' } | { outcome: 'conflict'; current: WithId<Organisation> };

/** The organisation was deleted while someone was editing it. */
export class OrganisationGoneError extends Error {
  readonly code = 'not-found';
}

const stampMillis = (value: Date | undefined | null) => value?.getTime() ?? null;

/**
 * Saves the details only if nobody saved the organisation since the form was loaded: a
 * transaction compares the stored `updatedAt` with `baseUpdatedAt` and writes nothing when
 * they differ, returning what is there now so the form can show the conflict.
 */
export async function updateOrganisation({
  regionId,
  organisationId,
  uid,
  baseUpdatedAt,
  details,
}: {
  regionId: string;
  organisationId: string;
  uid: string;
  baseUpdatedAt: Date | null;
  details: OrganisationDetails;
}): Promise<UpdateOrganisationResult> {
  const changes = organisationDetailsSchema.parse(details);
  const ref = doc(db, 'regions', regionId, 'organisations', organisationId);
  return runTransaction(db, async (transaction) => {
    const current = (await transaction.get(ref.withConverter(organisationConverter))).data();
    if (!current) throw new OrganisationGoneError(`regions/${regionId}/organisations/${organisationId} no longer exists`);
    if (stampMillis(current.updatedAt) !== stampMillis(baseUpdatedAt)) return { outcome: 'conflict', current };
    transaction.update(ref, { ...changes, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateOrganisation() {
  return useMutation({ mutationKey: organisationKeys.update(), mutationFn: updateOrganisation });
}
