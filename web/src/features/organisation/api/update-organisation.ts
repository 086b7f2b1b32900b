import { organisationSchema, type Organisation } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { zodConverter, type WithId } from '../../../lib/firestore';
import { updateUnlessChanged, type GuardedUpdateResult } from '../../../lib/guarded-update';
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

export type UpdateOrganisationResult = GuardedUpdateResult<WithId<Organisation>>;

/** Saves the details unless someone saved the organisation since the form was loaded (see updateUnlessChanged). */
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
  const ref = doc(db, 'regions', regionId, 'organisations', organisationId).withConverter(organisationConverter);
  return updateUnlessChanged(ref, baseUpdatedAt, changes, uid);
}

export function useUpdateOrganisation() {
  return useMutation({ mutationKey: organisationKeys.update(), mutationFn: updateOrganisation });
}
