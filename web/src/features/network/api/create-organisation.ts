import { newContactId, newOrganisationId } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { AlreadyExistsError } from './network-edit';
import { networkKeys } from './network-keys';
import { contactInputSchema, type ContactInput } from './save-contact';
import { organisationDetailsSchema, type OrganisationDetails } from './update-organisation';

export interface CreateOrganisationInput {
  regionId: string;
  uid: string;
  organisation: OrganisationDetails;
  /** Optionally the first contact person, created together with the organisation. */
  contact: ContactInput | null;
  /** Organisation ids in use in the region (the live list), so the new id never lands on one. */
  takenIds: ReadonlySet<string>;
}

/**
 * Creates an organisation, and its first contact when given, in one transaction: both or
 * neither. The ids derive from the match keys the CSV import uses (BRIN, else name + place),
 * so an import of the same school later finds this one; a document already at the id is
 * never overwritten.
 */
export async function createOrganisation({ regionId, uid, organisation, contact, takenIds }: CreateOrganisationInput): Promise<string> {
  const details = organisationDetailsSchema.parse(organisation);
  const person = contact ? contactInputSchema.parse(contact) : null;
  const organisationId = newOrganisationId(regionId, details, takenIds);
  const organisationRef = doc(db, 'regions', regionId, 'organisations', organisationId);
  const contactRef = person ? doc(db, 'regions', regionId, 'contacts', newContactId(organisationId, person)) : null;
  const stamps = { createdAt: serverTimestamp(), createdBy: uid, updatedAt: serverTimestamp(), updatedBy: uid };
  await runTransaction(db, async (transaction) => {
    const existing = await transaction.get(organisationRef);
    if (existing.exists()) throw new AlreadyExistsError(organisationId);
    transaction.set(organisationRef, { ...details, ...stamps });
    if (person && contactRef) transaction.set(contactRef, { ...person, organisationId, ...stamps });
  });
  return organisationId;
}

export function useCreateOrganisation() {
  return useMutation({ mutationKey: networkKeys.createOrganisation(), mutationFn: createOrganisation });
}
