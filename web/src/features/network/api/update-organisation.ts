import { organisationSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { isSameVersion, type EditResult } from './network-edit';
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
  const ref = doc(db, 'regions', regionId, 'organisations', organisationId);
  return runTransaction(db, async (transaction): Promise<EditResult> => {
    const snapshot = await transaction.get(ref);
    if (!snapshot.exists()) return { outcome: 'gone' };
    if (!isSameVersion(snapshot.get('updatedAt'), baseUpdatedAt)) {
      const updatedBy: unknown = snapshot.get('updatedBy');
      return { outcome: 'conflict', updatedBy: typeof updatedBy === 'string' ? updatedBy : null };
    }
    transaction.update(ref, { ...details, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateOrganisation() {
  return useMutation({ mutationKey: networkKeys.updateOrganisation(), mutationFn: updateOrganisation });
}
