// What intake needs to know about regions: the receiving region's settings, and every region's
// service area for routing. Both change rarely, so an instance keeps them for a minute (a burst
// of submissions then costs no region reads at all). Not under the emulator: tests rewrite
// regions between cases and must see the change at once.
import { regionIdSchema, regionSettingsSchema, type RegionSettings, type ServiceArea } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';

export interface IntakeRegion {
  id: string;
  name: string;
  municipalities: string[];
  settings: RegionSettings;
}

const regionCacheMs = process.env.FUNCTIONS_EMULATOR === 'true' ? 0 : 60_000;
const regionCache = new Map<string, { at: number; region: IntakeRegion | null }>();
let areaCache: { at: number; areas: ServiceArea[] } | null = null;

/** The region with its settings, or null when there is no such (valid) region. */
export async function loadIntakeRegion(db: Firestore, regionId: string, nowMs = Date.now()): Promise<IntakeRegion | null> {
  if (!regionIdSchema.safeParse(regionId).success) return null;
  const cached = regionCache.get(regionId);
  if (cached && nowMs - cached.at < regionCacheMs) return cached.region;
  const snapshot = await db.collection('regions').doc(regionId).get();
  const settings = regionSettingsSchema.safeParse(snapshot.get('settings'));
  const region: IntakeRegion | null =
    snapshot.exists && settings.success
      ? {
          id: regionId,
          name: String(snapshot.get('name') ?? regionId),
          municipalities: stringList(snapshot.get('municipalities')),
          settings: settings.data,
        }
      : null;
  regionCache.set(regionId, { at: nowMs, region });
  return region;
}

export async function loadServiceAreas(db: Firestore, nowMs = Date.now()): Promise<ServiceArea[]> {
  if (areaCache && nowMs - areaCache.at < regionCacheMs) return areaCache.areas;
  const snapshot = await db.collection('regions').select('municipalities').get();
  const areas = snapshot.docs.map((doc) => ({ regionId: doc.id, municipalities: stringList(doc.get('municipalities')) }));
  areaCache = { at: nowMs, areas };
  return areas;
}

/** Tests change region settings between cases; they start from a clean cache. */
export function clearIntakeRegionCache(): void {
  regionCache.clear();
  areaCache = null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
