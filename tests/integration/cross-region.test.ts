// Cross-region figures on the emulators: a participating region's aggregate document for now
// or for a month is written, the trigger rebuilds crossRegionAggregates/{period} with small
// numbers suppressed, regional-only keys left out, and non-participating regions ignored.
import { crossRegionAggregateSchema, type Aggregate } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAggregateWrite, rebuildCrossRegionAggregate, rebuildCrossRegionAggregates } from '../../functions/src/aggregates/cross-region.js';
import { adminDb, clearEmulators, plain, waitFor } from './helpers.js';

const regions = { north: 'xr-north', south: 'xr-south', outside: 'xr-outside' } as const;

async function createRegion(id: string, name: string, participating: boolean): Promise<void> {
  await adminDb.doc(`regions/${id}`).set({
    name,
    municipalities: [],
    participating,
    settings: { losingSightDays: 30, senderName: name, privacyText: '', customFields: [], allowedOrigins: [] },
  });
}

function aggregate(period: string, all: Record<string, number>): Aggregate {
  const kind = period === 'current' ? 'state' : period.startsWith('m-') ? 'month' : period.startsWith('w-') ? 'week' : 'day';
  const start = period === 'current' ? null : period.startsWith('m-') ? `${period.slice(2)}-01` : '2026-11-23';
  return { period, kind, start, slice: 'all', slices: { all }, updatedAt: new Date() };
}

const northNow = {
  total: 7,
  'column.interest': 3,
  'column.orientation': 0,
  'reached.interest': 7,
  'status.active': 5,
  'owner.u-eva': 7,
  'bottleneck.geen-diploma': 6,
  'tasks.open': 9,
  'tasks.due.2026-12-01': 5,
  'lastContactWeek.2026-W48': 7,
};
const southNow = { total: 12, 'column.interest': 12, 'reached.interest': 12, 'sector.po': 4 };
const outsideNow = { total: 40, 'column.interest': 40 };

async function crossDoc(period: string) {
  const snapshot = await adminDb.doc(`crossRegionAggregates/${period}`).get();
  return snapshot.exists ? { data: crossRegionAggregateSchema.parse(plain(snapshot.data())), updateTime: snapshot.updateTime!.toMillis() } : null;
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion(regions.north, 'Noord', true);
  await createRegion(regions.south, 'Zuid', true);
  await createRegion(regions.outside, 'Buiten', false);
});

afterAll(async () => {
  await clearEmulators();
});

describe('crossRegionAggregates', () => {
  it("puts the participating regions' figures of now side by side, small numbers as null", async () => {
    await adminDb.doc(`regions/${regions.outside}/aggregates/current`).set(aggregate('current', outsideNow));
    await adminDb.doc(`regions/${regions.north}/aggregates/current`).set(aggregate('current', northNow));
    await adminDb.doc(`regions/${regions.south}/aggregates/current`).set(aggregate('current', southNow));

    const cross = await waitFor(async () => {
      const found = await crossDoc('current');
      return found && found.data.byRegion[regions.north]?.total === 7 && found.data.byRegion[regions.south]?.total === 12 ? found : null;
    }, 'the cross-region figures of now for both regions');

    expect(cross.data.kind).toBe('state');
    expect(cross.data.regionIds).toEqual([regions.north, regions.south]);
    expect(cross.data.regionNames).toEqual({ [regions.north]: 'Noord', [regions.south]: 'Zuid' });
    expect(cross.data.byRegion).toEqual({
      [regions.north]: { total: 7, 'column.interest': null, 'reached.interest': 7, 'status.active': 5 },
      [regions.south]: { total: 12, 'column.interest': 12, 'reached.interest': 12, 'sector.po': null },
    });
  });

  it('leaves a region that does not participate out, and does not rebuild for its writes', async () => {
    expect(await applyAggregateWrite(adminDb, regions.outside, 'current', new Date())).toBe('skipped');
    await adminDb.doc(`regions/${regions.outside}/aggregates/m-2026-10`).set(aggregate('m-2026-10', outsideNow));
    expect(await applyAggregateWrite(adminDb, regions.outside, 'm-2026-10', new Date())).toBe('skipped');
    expect(await crossDoc('m-2026-10')).toBeNull();
    expect((await crossDoc('current'))?.data.regionIds).not.toContain(regions.outside);
  });

  it('compares months, but not weeks or days', async () => {
    await adminDb.doc(`regions/${regions.south}/aggregates/w-2026-W48`).set(aggregate('w-2026-W48', { new: 8 }));
    expect(await applyAggregateWrite(adminDb, regions.south, 'w-2026-W48', new Date())).toBe('skipped');
    await adminDb.doc(`regions/${regions.south}/aggregates/m-2026-11`).set(aggregate('m-2026-11', { new: 8, 'newSource.website_form': 2 }));

    const month = await waitFor(() => crossDoc('m-2026-11'), 'the cross-region figures of November');
    expect(month.data.kind).toBe('month');
    // North has no figures for the month: listed, with none.
    expect(month.data.byRegion).toEqual({ [regions.north]: {}, [regions.south]: { new: 8, 'newSource.website_form': null } });
    expect(await crossDoc('w-2026-W48')).toBeNull();
  });

  it('changes nothing when the same figures are written again', async () => {
    const before = (await crossDoc('current'))!;
    await adminDb.doc(`regions/${regions.north}/aggregates/current`).set(aggregate('current', northNow));
    expect(await applyAggregateWrite(adminDb, regions.north, 'current', new Date())).toBe('unchanged');
    expect(await rebuildCrossRegionAggregate(adminDb, 'current', new Date())).toBe(false);
    // A later change of another region's figures shows the trigger has caught up.
    await adminDb.doc(`regions/${regions.south}/aggregates/current`).set(aggregate('current', { ...southNow, total: 13 }));
    const after = await waitFor(async () => {
      const found = await crossDoc('current');
      return found?.data.byRegion[regions.south]?.total === 13 ? found : null;
    }, 'the changed figures of the south');
    expect(after.data.byRegion[regions.north]).toEqual(before.data.byRegion[regions.north]);
    expect(after.data.regionIds).toEqual(before.data.regionIds);
  });

  it('rebuilds every period with figures on request, and removes periods nobody has any more', async () => {
    await adminDb.doc('crossRegionAggregates/m-2020-01').set({ ...(await crossDoc('current'))!.data, period: 'm-2020-01', kind: 'month' });
    const result = await rebuildCrossRegionAggregates(adminDb);
    expect(result.periods).toEqual(['current', 'm-2026-11']);
    expect(result.deleted).toBe(1);
    expect(await crossDoc('m-2020-01')).toBeNull();
    expect(await rebuildCrossRegionAggregates(adminDb, ['current', 'w-2026-W48'])).toEqual({ periods: ['current'], written: 0, deleted: 0 });
  });
});
