import { NativeSelect } from '@mantine/core';
import { useRegions } from '../../region/api/get-region';
import { useStaffRegion } from './use-staff-region';

/**
 * Picks one of my staff regions for a staff page (`?regio=`, see useStaffRegion). Renders nothing
 * for someone with a single staff region: there is nothing to pick.
 */
export function StaffRegionSelect({ label }: { label: string }) {
  const { regionIds, regionId, setRegionId } = useStaffRegion();
  const regions = useRegions(regionIds);
  if (regionIds.length <= 1 || !regionId) return null;
  return (
    <NativeSelect
      label={label}
      maw={320}
      value={regionId}
      onChange={(event) => setRegionId(event.currentTarget.value)}
      data={regionIds.map((id, index) => ({ value: id, label: regions[index]?.data?.name ?? id }))}
    />
  );
}
