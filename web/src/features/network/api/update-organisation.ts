import { organisationSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { DocumentGoneError, updateUnlessChanged } from '../../../lib/guarded-update';
import type { EditResult } from './network-edit';
import { networkKeys } from './network-keys';

/** The editable details of an organisation (the stamps are the operation's). */
export const organisationDetailsSchema = organisationSchema.omit({ createdAt: true, createdBy: true, updatedAt: true, updatedBy: true });
export type OrganisationDetails = z.output<typeof organisationDetailsSchema>;

export interface UpdateOrganisationInput {
  regionId: string;
  organisationId: string;
  uid: string;
  values: OrganisationDetails;
  /** `updatedAt` of the version the form was loaded from (null for an unstamped document). */
  baseUpdatedAt: Date | null;
}

/**
 * Saves an organisation's details in a transaction that refuses when the stored `updatedAt`
 * is not the one the form started from: someone else saved in between, and their change must
 * not be overwritten unseen.
 */
export async function updateOrganisation({ regionId, organisationId, uid, values, baseUpdatedAt }: UpdateOrganisationInput): Promise<EditResult> {
  const details = organisationDetailsSchema.parse(values);
  try {
    const result = await updateUnlessChanged(doc(db, 'regions', regionId, 'organisations', organisationId), baseUpdatedAt, details, uid);
    return result.outcome === 'saved' ? result : { outcome: 'conflict', updatedBy: result.updatedBy };
  } catch (error) {
    if (error instanceof DocumentGoneError) return { outcome: 'gone' };
    throw error;
  }
}

export function useUpdateOrganisation() {
  return useMutation({ mutationKey: networkKeys.updateOrganisation(), mutationFn: updateOrganisation });
}
