import { regionSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import { updateUnlessChanged } from '../../../lib/guarded-update';
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
 * Saves the settings unless someone saved them since the form was filled (see
 * updateUnlessChanged): the form then keeps what was typed and says who changed it.
 */
export async function updateRegionSettings({ regionId, uid, baseUpdatedAt, input }: RegionSettingsUpdate): Promise<RegionSettingsResult> {
  const { municipalities, settings } = regionSettingsInputSchema.parse(input);
  const result = await updateUnlessChanged(doc(db, 'regions', regionId), baseUpdatedAt, { municipalities, settings }, uid);
  return result.outcome === 'saved' ? result : { outcome: 'conflict', updatedBy: result.updatedBy };
}

export function useUpdateRegionSettings(regionId: string) {
  return useMutation({
    mutationKey: [...regionKeys.detail(regionId), 'settings'],
    mutationFn: (update: Omit<RegionSettingsUpdate, 'regionId'>) => updateRegionSettings({ ...update, regionId }),
  });
}
