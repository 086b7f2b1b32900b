import { regionSchema, type Region } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { toPlain } from '../../../lib/firestore';
import { regionKeys } from './region-keys';

/** What a coordinator may change of their region (the rules allow these two fields). */
export const regionSettingsInputSchema = regionSchema.pick({ municipalities: true, settings: true });
export type RegionSettingsInput = ReturnType<typeof regionSettingsInputSchema.parse>;

export interface RegionSettingsUpdate {
  regionId: string;
  uid: string;
  /** `updatedAt` of the version the form was filled from (undefined: never stamped). */
  baseUpdatedAt: Date | undefined;
  input: RegionSettingsInput;
}

export type RegionSettingsResult = { outcome: 'saved' } | { outcome: 'conflict'; updatedBy: string | null };

/**
 * Saves the settings only if nobody saved them since the form was filled: a transaction
 * compares the stored `updatedAt` with the form's base, so a colleague's change is never
 * silently overwritten (the form keeps what was typed and says who changed it).
 */
export async function updateRegionSettings({ regionId, uid, baseUpdatedAt, input }: RegionSettingsUpdate): Promise<RegionSettingsResult> {
  const parsed = regionSettingsInputSchema.parse(input);
  const ref = doc(db, 'regions', regionId);
  return runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    if (!snapshot.exists()) throw new Error(`regions/${regionId} does not exist`);
    const stored = toPlain(snapshot.data()) as Partial<Region>;
    if ((stored.updatedAt?.getTime() ?? null) !== (baseUpdatedAt?.getTime() ?? null)) {
      return { outcome: 'conflict', updatedBy: stored.updatedBy ?? null };
    }
    transaction.update(ref, { municipalities: parsed.municipalities, settings: parsed.settings, updatedAt: serverTimestamp(), updatedBy: uid });
    return { outcome: 'saved' };
  });
}

export function useUpdateRegionSettings(regionId: string) {
  return useMutation({
    mutationKey: [...regionKeys.detail(regionId), 'settings'],
    mutationFn: (update: Omit<RegionSettingsUpdate, 'regionId'>) => updateRegionSettings({ ...update, regionId }),
  });
}
