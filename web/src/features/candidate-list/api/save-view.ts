import { savedViewSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import type { z } from 'zod';
import { db } from '../../../lib/firebase';
import type { CandidateListFilters } from './candidate-list-spec';

/** What the person fills in when saving the current filters. */
export const saveViewInputSchema = savedViewSchema.pick({ name: true, shared: true });
export type SaveViewInput = z.infer<typeof saveViewInputSchema>;

/** Creates `regions/{r}/savedViews/{id}` as the caller (the rules check ownerUid and createdAt). */
export async function saveView(regionId: string, uid: string, input: SaveViewInput, filters: CandidateListFilters): Promise<string> {
  const ref = await addDoc(collection(db, 'regions', regionId, 'savedViews'), {
    name: input.name,
    shared: input.shared,
    ownerUid: uid,
    filters,
    createdAt: serverTimestamp(),
  });
  return ref.id;
}

export function useSaveView(regionId: string, uid: string) {
  // The saved-view listener picks the new view up; nothing to invalidate.
  return useMutation({
    mutationFn: ({ input, filters }: { input: SaveViewInput; filters: CandidateListFilters }) => saveView(regionId, uid, input, filters),
  });
}
