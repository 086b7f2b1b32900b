import { useMutation } from '@tanstack/react-query';
import { doc, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import type { SaveViewInput } from './save-view';

/** Renames a saved view or changes whether it is shared (the rules let only its owner). */
export async function updateSavedView(regionId: string, viewId: string, input: SaveViewInput): Promise<void> {
  await updateDoc(doc(db, 'regions', regionId, 'savedViews', viewId), { name: input.name, shared: input.shared });
}

export function useUpdateSavedView(regionId: string) {
  // The saved-view listener picks the change up; nothing to invalidate.
  return useMutation({ mutationFn: ({ viewId, input }: { viewId: string; input: SaveViewInput }) => updateSavedView(regionId, viewId, input) });
}
