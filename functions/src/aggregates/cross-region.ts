import { isDeepStrictEqual } from 'node:util';
import { FieldPath, type Firestore, type Transaction } from 'firebase-admin/firestore';
import {
  buildCrossRegionAggregate,
  isCrossRegionPeriod,
  statePeriod,
  type CrossRegionAggregate,
  type CrossRegionSource,
} from '@koers/domain';
import { logEvent } from '../lib/log.js';

export const crossRegionCollection = 'crossRegionAggregates';

/** Whether a write to a region's aggregate document can change the cross-region figures. */
export async function regionParticipates(db: Firestore, regionId: string): Promise<boolean> {
  const region = await db.doc(`regions/${regionId}`).get();
  return region.get('participating') === true;
}

async function participatingRegions(db: Firestore, tx: Transaction): Promise<{ id: string; name: string }[]> {
  const snapshot = await tx.get(db.collection('regions').where('participating', '==', true));
  return snapshot.docs.map((doc) => ({ id: doc.id, name: String(doc.get('name') ?? doc.id) }));
}

/**
 * Rebuilds `crossRegionAggregates/{period}` from the participating regions' aggregate documents,
 * in one transaction so a rebuild never writes figures older than what it read. A rebuild that
 * finds the same figures leaves the document (and its updatedAt) alone, so re-delivered events
 * change nothing. Returns whether it wrote.
 */
export async function rebuildCrossRegionAggregate(db: Firestore, period: string, now: Date): Promise<boolean> {
  if (!isCrossRegionPeriod(period)) throw new Error(`Not a cross-region period: ${period}`);
  const wrote = await db.runTransaction(async (tx) => {
    const regions = await participatingRegions(db, tx);
    const target = db.doc(`${crossRegionCollection}/${period}`);
    const [existing, ...aggregates] = await tx.getAll(target, ...regions.map((region) => db.doc(`regions/${region.id}/aggregates/${period}`)));
    const sources: CrossRegionSource[] = regions.map((region, i) => {
      const all: unknown = aggregates[i]?.get(new FieldPath('slices', 'all'));
      return { ...region, slicesAll: aggregates[i]?.exists && all && typeof all === 'object' ? (all as Record<string, number>) : null };
    });
    const next = buildCrossRegionAggregate(period, sources, now);
    if (existing?.exists && sameFigures(existing.data() as Partial<CrossRegionAggregate>, next)) return false;
    tx.set(target, next);
    return true;
  });
  if (wrote) logEvent('cross_region_aggregate_rebuilt', { period });
  return wrote;
}

function sameFigures(stored: Partial<CrossRegionAggregate>, next: CrossRegionAggregate): boolean {
  return (
    stored.kind === next.kind &&
    isDeepStrictEqual(stored.regionIds, next.regionIds) &&
    isDeepStrictEqual(stored.regionNames, next.regionNames) &&
    isDeepStrictEqual(stored.byRegion, next.byRegion)
  );
}

/** The `current` and month periods any participating region has an aggregate document for. */
async function periodsWithFigures(db: Firestore): Promise<string[]> {
  const regions = await db.collection('regions').where('participating', '==', true).get();
  const periods = new Set<string>([statePeriod]);
  for (const region of regions.docs) {
    const refs = await region.ref.collection('aggregates').listDocuments();
    for (const ref of refs) if (isCrossRegionPeriod(ref.id)) periods.add(ref.id);
  }
  return [...periods].sort();
}

/**
 * Rebuilds the cross-region figures of `periods`, or of every period any participating region
 * has figures for (then also deleting cross-region documents of periods nobody has any more).
 * Used after a recount of the regional aggregates, and when a region joins or leaves.
 */
export async function rebuildCrossRegionAggregates(
  db: Firestore,
  periods?: readonly string[],
  now: () => Date = () => new Date(),
): Promise<{ periods: string[]; written: number; deleted: number }> {
  const targets = periods ? [...new Set(periods)].filter(isCrossRegionPeriod) : await periodsWithFigures(db);
  let written = 0;
  for (const period of targets) if (await rebuildCrossRegionAggregate(db, period, now())) written++;
  let deleted = 0;
  if (!periods) {
    const keep = new Set(targets);
    for (const ref of await db.collection(crossRegionCollection).listDocuments()) {
      if (keep.has(ref.id)) continue;
      await ref.delete();
      deleted++;
    }
  }
  return { periods: targets, written, deleted };
}

/** What the trigger does for one written regional aggregate document. */
export async function applyAggregateWrite(db: Firestore, regionId: string, period: string, now: Date): Promise<'skipped' | 'unchanged' | 'rebuilt'> {
  if (!isCrossRegionPeriod(period)) return 'skipped';
  if (!(await regionParticipates(db, regionId))) return 'skipped';
  return (await rebuildCrossRegionAggregate(db, period, now)) ? 'rebuilt' : 'unchanged';
}
