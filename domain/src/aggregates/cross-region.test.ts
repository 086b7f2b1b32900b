import { describe, expect, it } from 'vitest';
import { crossRegionFamilies, smallNumberThreshold, suppressSmallNumbers } from './cross-region.js';

describe('suppressSmallNumbers', () => {
  it('shows 1 to 4 as null, and 5 and more as they are', () => {
    expect(smallNumberThreshold).toBe(5);
    expect(suppressSmallNumbers({ total: 1, 'column.interest': 4, 'column.orientation': 5, 'status.active': 120 })).toEqual({
      total: null,
      'column.interest': null,
      'column.orientation': 5,
      'status.active': 120,
    });
  });

  it('leaves zeros out, like missing keys', () => {
    expect(suppressSmallNumbers({ total: 0, 'exit.financial': 0, new: 7 })).toEqual({ new: 7 });
  });

  it('drops families that stay regional: owners, bottlenecks, tasks, time in phase, contact weeks', () => {
    expect(
      suppressSmallNumbers({
        'owner.adviser-1': 12,
        'bottleneck.geen-tijd': 9,
        'tasks.open': 30,
        'tasks.due.2026-12-01': 6,
        'phaseDays.interest.7': 8,
        'lastContactWeek.2026-W48': 10,
        'move.interest.orientation': 11,
        'registrationSource.website': 14,
        'registrationsByKind.webinar.attended': 6,
        'subject.wiskunde': 6,
      }),
    ).toEqual({ 'subject.wiskunde': 6 });
  });

  it('keeps every listed family, judged by the first part of the key', () => {
    for (const family of crossRegionFamilies) {
      expect(suppressSmallNumbers({ [`${family}.x`]: 8 }), family).toEqual({ [`${family}.x`]: 8 });
    }
    expect(suppressSmallNumbers({ 'cohort.reached.decision': 3 })).toEqual({ 'cohort.reached.decision': null });
  });
});
