import { interactionSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { Timestamp, collection, doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import { dossierKeys } from './dossier-keys';

/** What the person fills in; the rest (author, region, stamps) comes from the session. */
export const contactInputSchema = interactionSchema.pick({
  kind: true,
  summary: true,
  notes: true,
  performedAt: true,
  durationMinutes: true,
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export interface ContactAuthor {
  uid: string;
  name: string;
  /** The author's region on whose behalf the contact took place (one of the dossier's regions). */
  regionId: string;
}

/**
 * Adds an interaction to the shared contact history and, in the same batch, moves the
 * dossier's `lastContactAt` forward (a field-level update with the required stamps), so a
 * "losing sight" signal clears. An older contact logged late leaves lastContactAt alone.
 */
export async function logContact(candidateId: string, input: ContactInput, author: ContactAuthor, lastContactAt: Date | null): Promise<string> {
  const parsed = contactInputSchema.parse(input);
  const batch = writeBatch(db);
  const ref = doc(collection(db, 'candidates', candidateId, 'interactions'));
  batch.set(ref, {
    ...parsed,
    performedAt: Timestamp.fromDate(parsed.performedAt),
    regionId: author.regionId,
    organisationId: null,
    authorUid: author.uid,
    authorName: author.name.slice(0, 200),
    createdAt: serverTimestamp(),
  });
  if (!lastContactAt || lastContactAt < parsed.performedAt) {
    batch.update(doc(db, 'candidates', candidateId), {
      lastContactAt: Timestamp.fromDate(parsed.performedAt),
      updatedAt: serverTimestamp(),
      updatedBy: author.uid,
    });
  }
  await batch.commit();
  return ref.id;
}

export function useLogContact(candidateId: string) {
  return useMutation({
    mutationKey: dossierKeys.logContact(candidateId),
    mutationFn: ({ input, author, lastContactAt }: { input: ContactInput; author: ContactAuthor; lastContactAt: Date | null }) =>
      logContact(candidateId, input, author, lastContactAt),
  });
}
