import { contactSchema, newContactId } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { AlreadyExistsError, isSameVersion, type EditResult } from './network-edit';
import { networkKeys } from './network-keys';

/** What a person fills in for a contact (its organisation is the page's). */
export const contactInputSchema = contactSchema.pick({ name: true, jobTitle: true, email: true, phone: true });
export type ContactInput = z.output<typeof contactInputSchema>;

export interface SaveContactInput {
  regionId: string;
  organisationId: string;
  uid: string;
  values: ContactInput;
  /** The contact being edited, with the `updatedAt` the form started from; absent for a new contact. */
  existing?: { id: string; baseUpdatedAt: Date | null };
  /** Contact ids in use, so a new id never lands on an existing contact. */
  takenIds?: ReadonlySet<string>;
}

/**
 * Creates a contact (under an id derived from its e-mail or name, refused if that document
 * exists) or saves an edit, refused when someone else saved the contact since the form opened.
 */
export async function saveContact({ regionId, organisationId, uid, values, existing, takenIds }: SaveContactInput): Promise<EditResult & { id: string }> {
  const input = contactInputSchema.parse(values);
  const id = existing?.id ?? newContactId(organisationId, input, takenIds);
  const ref = doc(db, 'regions', regionId, 'contacts', id);
  return runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    if (!existing) {
      if (snapshot.exists()) throw new AlreadyExistsError(id);
      transaction.set(ref, { ...input, organisationId, createdAt: serverTimestamp(), createdBy: uid, updatedAt: serverTimestamp(), updatedBy: uid });
      return { outcome: 'saved' as const, id };
    }
    if (!snapshot.exists()) return { outcome: 'gone' as const, id };
    if (!isSameVersion(snapshot.get('updatedAt'), existing.baseUpdatedAt)) {
      const updatedBy: unknown = snapshot.get('updatedBy');
      return { outcome: 'conflict' as const, updatedBy: typeof updatedBy === 'string' ? updatedBy : null, id };
    }
    transaction.update(ref, { ...input, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' as const, id };
  });
}

export function useSaveContact() {
  return useMutation({ mutationKey: networkKeys.saveContact(), mutationFn: saveContact });
}
