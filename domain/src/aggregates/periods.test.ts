import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, isoWeekOf, periodIdsAt, periodIdsEndingAt, periodKindOf, periodStart } from './periods.js';

describe('periodIdsAt', () => {
  it('counts an event at 23:30 UTC on 30 November in winter on 1 December (Dutch time is an hour ahead)', () => {
    expect(periodIdsAt(new Date('2026-11-30T23:30:00Z'))).toEqual(['d-2026-12-01', 'w-2026-W49', 'm-2026-12']);
    expect(periodIdsAt(new Date('2026-11-30T22:30:00Z'))).toEqual(['d-2026-11-30', 'w-2026-W49', 'm-2026-11']);
  });

  it('moves the day boundary to 22:00 UTC in summer time', () => {
    expect(periodIdsAt(new Date('2026-06-30T22:30:00Z'))).toEqual(['d-2026-07-01', 'w-2026-W27', 'm-2026-07']);
    expect(periodIdsAt(new Date('2026-06-30T21:30:00Z'))).toEqual(['d-2026-06-30', 'w-2026-W27', 'm-2026-06']);
  });

  it('puts New Year’s Eve in the ISO week of the year it belongs to, not the calendar year', () => {
    expect(periodIdsAt(new Date('2025-12-31T12:00:00Z'))).toEqual(['d-2025-12-31', 'w-2026-W01', 'm-2025-12']);
    expect(periodIdsAt(new Date('2021-01-02T12:00:00Z'))).toEqual(['d-2021-01-02', 'w-2020-W53', 'm-2021-01']);
  });
});

describe('isoWeekOf and periodStart', () => {
  it('knows the 53-week year 2020 and the week 2026-W01 that starts on Monday 29 December 2025', () => {
    expect(isoWeekOf('2020-12-31')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-04')).toBe('2021-W01');
    expect(isoWeekOf('2025-12-28')).toBe('2025-W52');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });

  it('gives the Monday of an ISO week, also when it lies in the previous calendar year', () => {
    expect(periodStart('w-2026-W01')).toBe('2025-12-29');
    expect(periodStart('w-2020-W53')).toBe('2020-12-28');
    expect(periodStart('w-2021-W01')).toBe('2021-01-04');
    expect(periodStart('w-2026-W49')).toBe('2026-11-30');
  });

  it('round-trips every week of a few years: the start of a week lies in that week', () => {
    for (const year of [2020, 2021, 2025, 2026, 2027]) {
      for (let week = 1; week <= 52; week++) {
        const id = `${year}-W${String(week).padStart(2, '0')}`;
        expect(isoWeekOf(periodStart(`w-${id}`)!)).toBe(id);
      }
    }
  });

  it('gives the first day of a day or month and nothing for the state period', () => {
    expect(periodStart('d-2026-02-28')).toBe('2026-02-28');
    expect(periodStart('m-2026-02')).toBe('2026-02-01');
    expect(periodStart('current')).toBeNull();
    expect(periodStart('x-2026')).toBeNull();
  });
});

describe('periodKindOf', () => {
  it('recognises the four kinds and rejects anything else', () => {
    expect(periodKindOf('current')).toBe('state');
    expect(periodKindOf('d-2026-11-30')).toBe('day');
    expect(periodKindOf('w-2026-W48')).toBe('week');
    expect(periodKindOf('m-2026-11')).toBe('month');
    for (const id of ['', 'Current', 'd-2026-1-30', 'w-2026-48', 'm-2026', 'y-2026', 'm-2026-11 ']) expect(periodKindOf(id), id).toBeNull();
  });
});

describe('periodIdsEndingAt', () => {
  it('lists months oldest first across a year end', () => {
    expect(periodIdsEndingAt('month', 3, new Date('2026-01-15T10:00:00Z'))).toEqual(['m-2025-11', 'm-2025-12', 'm-2026-01']);
  });

  it('does not skip a short month when counting back from the 31st', () => {
    expect(periodIdsEndingAt('month', 3, new Date('2026-03-31T10:00:00Z'))).toEqual(['m-2026-01', 'm-2026-02', 'm-2026-03']);
  });

  it('gives twelve distinct months for "12 maanden"', () => {
    const months = periodIdsEndingAt('month', 12, new Date('2026-11-30T09:00:00Z'));
    expect(months).toHaveLength(12);
    expect(new Set(months).size).toBe(12);
    expect(months[0]).toBe('m-2025-12');
    expect(months.at(-1)).toBe('m-2026-11');
  });

  it('lists ISO weeks across a year end', () => {
    expect(periodIdsEndingAt('week', 3, new Date('2026-01-05T10:00:00Z'))).toEqual(['w-2025-W52', 'w-2026-W01', 'w-2026-W02']);
    expect(periodIdsEndingAt('week', 3, new Date('2021-01-11T10:00:00Z'))).toEqual(['w-2020-W53', 'w-2021-W01', 'w-2021-W02']);
  });

  it('ends with today in Dutch time', () => {
    expect(periodIdsEndingAt('day', 3, new Date('2026-11-30T23:30:00Z'))).toEqual(['d-2026-11-29', 'd-2026-11-30', 'd-2026-12-01']);
    expect(periodIdsEndingAt('day', 3, new Date('2026-03-01T10:00:00Z'))).toEqual(['d-2026-02-27', 'd-2026-02-28', 'd-2026-03-01']);
  });
});

describe('calendarDaysBetween', () => {
  it('counts Dutch calendar days, not 24-hour spans', () => {
    expect(calendarDaysBetween(new Date('2026-11-30T22:30:00Z'), new Date('2026-11-30T23:30:00Z'))).toBe(1);
    expect(calendarDaysBetween(new Date('2026-11-30T07:00:00Z'), new Date('2026-11-30T22:00:00Z'))).toBe(0);
  });

  it('is not thrown off by the change to summer or winter time', () => {
    expect(calendarDaysBetween(new Date('2026-03-28T12:00:00Z'), new Date('2026-03-30T12:00:00Z'))).toBe(2);
    expect(calendarDaysBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'))).toBe(2);
    expect(calendarDaysBetween(new Date('2025-11-30T12:00:00Z'), new Date('2026-11-30T12:00:00Z'))).toBe(365);
  });

  it('is negative when the second moment comes first', () => {
    expect(calendarDaysBetween(new Date('2026-11-30T12:00:00Z'), new Date('2026-11-27T12:00:00Z'))).toBe(-3);
  });
});
