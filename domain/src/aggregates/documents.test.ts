import { describe, expect, it } from 'vitest';
import { aggregateSchema } from '../schemas/platform.js';
import { aggregateDocId, aggregateDocParts, aggregateDocuments, aggregateHeader, aggregatePath } from './documents.js';

describe('aggregateHeader', () => {
  it('names the kind and the first day of a period', () => {
    expect(aggregateHeader('current')).toEqual({ period: 'current', kind: 'state', start: null, slice: 'all' });
    expect(aggregateHeader('d-2026-11-30', 'sector.po')).toEqual({ period: 'd-2026-11-30', kind: 'day', start: '2026-11-30', slice: 'sector.po' });
    expect(aggregateHeader('w-2026-W01')).toEqual({ period: 'w-2026-W01', kind: 'week', start: '2025-12-29', slice: 'all' });
    expect(aggregateHeader('m-2026-11')).toEqual({ period: 'm-2026-11', kind: 'month', start: '2026-11-01', slice: 'all' });
  });

  it('refuses what is not a period, so no stray document is written', () => {
    expect(() => aggregateHeader('2026-11')).toThrow(/Not an aggregate period/);
  });
});

describe('aggregateDocId', () => {
  it('names the all slice by its period and a filter slice after a ~, and reads both back', () => {
    expect(aggregateDocId('m-2026-11', 'all')).toBe('m-2026-11');
    expect(aggregateDocId('current', 'owner.u-1')).toBe('current~owner.u-1');
    expect(aggregateDocParts('current~owner.u-1')).toEqual({ period: 'current', slice: 'owner.u-1' });
    expect(aggregateDocParts('w-2026-W48')).toEqual({ period: 'w-2026-W48', slice: 'all' });
  });

  it('keeps filter slices apart from the region-wide documents', () => {
    expect(aggregatePath('nijmegen', 'current', 'all')).toBe('regions/nijmegen/aggregates/current');
    expect(aggregatePath('nijmegen', 'm-2026-11', 'sector.vo')).toBe('regions/nijmegen/aggregateSlices/m-2026-11~sector.vo');
  });
});

describe('aggregateDocuments', () => {
  const updatedAt = new Date('2026-11-30T09:00:00Z');

  it('makes one valid document per period and slice, in id order, with zero counts and empty slices and periods left out', () => {
    const docs = aggregateDocuments(
      {
        'm-2026-11': { all: { new: 2 } },
        current: { all: { total: 3, 'status.paused': 0 }, 'owner.none': { total: 0 } },
        'd-2026-11-02': { all: { new: 0 } },
        'd-2026-11-01': { all: { new: 1 }, 'sector.po': { new: 1 } },
      },
      updatedAt,
    );
    expect(docs.map((doc) => aggregateDocId(doc.period, doc.slice))).toEqual(['current', 'd-2026-11-01', 'd-2026-11-01~sector.po', 'm-2026-11']);
    expect(docs[0]).toEqual({ period: 'current', kind: 'state', start: null, slice: 'all', slices: { all: { total: 3 } }, updatedAt });
    expect(docs[2]).toMatchObject({ period: 'd-2026-11-01', slice: 'sector.po', slices: { 'sector.po': { new: 1 } } });
    for (const doc of docs) expect(aggregateSchema.parse(doc)).toEqual(doc);
  });

  it('makes nothing of an empty sum', () => {
    expect(aggregateDocuments({}, updatedAt)).toEqual([]);
  });
});
