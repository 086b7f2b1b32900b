import { describe, expect, it } from 'vitest';
import { crossRegionAggregateSchema } from '../schemas/platform.js';
import { buildCrossRegionAggregate, isCrossRegionPeriod, type CrossRegionSource } from './cross-region.js';

const at = new Date('2026-11-30T10:00:00Z');

describe('isCrossRegionPeriod', () => {
  it('accepts the state now and months only', () => {
    expect(['current', 'm-2026-11', 'w-2026-W48', 'd-2026-11-30', '2026-11'].map(isCrossRegionPeriod)).toEqual([true, true, false, false, false]);
  });
});

describe('buildCrossRegionAggregate', () => {
  const regions: CrossRegionSource[] = [
    { id: 'nijmegen', name: 'RAP Nijmegen', slicesAll: { total: 7, 'column.interest': 3, 'column.orientation': 0, 'owner.u-1': 7, 'tasks.open': 9 } },
    { id: 'midden-brabant', name: 'Midden-Brabant', slicesAll: { total: 12, 'reached.started': 2 } },
    { id: 'utrecht', name: 'Utrecht', slicesAll: null },
  ];

  it('puts every region side by side, ordered by name: 1–4 as null, zeros and regional keys left out', () => {
    expect(buildCrossRegionAggregate('m-2026-11', regions, at)).toEqual({
      period: 'm-2026-11',
      kind: 'month',
      regionIds: ['midden-brabant', 'nijmegen', 'utrecht'],
      regionNames: { 'midden-brabant': 'Midden-Brabant', nijmegen: 'RAP Nijmegen', utrecht: 'Utrecht' },
      byRegion: {
        'midden-brabant': { total: 12, 'reached.started': null },
        nijmegen: { total: 7, 'column.interest': null },
        utrecht: {},
      },
      updatedAt: at,
    });
  });

  it('gives the same document whatever order the regions come in', () => {
    expect(buildCrossRegionAggregate('current', [...regions].reverse(), at)).toEqual(buildCrossRegionAggregate('current', regions, at));
  });

  it('builds a document the schema accepts', () => {
    expect(crossRegionAggregateSchema.safeParse(buildCrossRegionAggregate('current', regions, at)).success).toBe(true);
  });

  it('refuses days and weeks', () => {
    expect(() => buildCrossRegionAggregate('w-2026-W48', regions, at)).toThrow(/cross-region period/);
    expect(() => buildCrossRegionAggregate('d-2026-11-30', regions, at)).toThrow(/cross-region period/);
  });
});
