import { describe, expect, it } from 'vitest';
import { amsterdamOffset, dutchClock, formatDate, formatDayAndTime, formatShortDateTime, formatTime, sameDutchDay } from './dutch-time';

const zone = 'Europe/Amsterdam';
const hour = 60 * 60 * 1000;

describe('dutchClock', () => {
  it('agrees with the time-zone database for every hour of 2024–2030, DST changes included', () => {
    const intl = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric' });
    const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const mismatches: string[] = [];
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2031, 0, 1); time += hour + 17 * 60 * 1000) {
      const moment = new Date(time);
      const parts = Object.fromEntries(intl.formatToParts(moment).map((part) => [part.type, part.value]));
      const expected = { year: Number(parts.year), month: Number(parts.month) - 1, day: Number(parts.day), weekday: weekdays.indexOf(parts.weekday!), hour: Number(parts.hour), minute: Number(parts.minute) };
      const actual = dutchClock(moment);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(moment.toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it('switches to summer time at 01:00 UTC on the last Sunday of March and back in October', () => {
    expect(amsterdamOffset(new Date('2026-03-29T00:59:59Z'))).toBe(hour);
    expect(amsterdamOffset(new Date('2026-03-29T01:00:00Z'))).toBe(2 * hour);
    expect(amsterdamOffset(new Date('2026-10-25T00:59:59Z'))).toBe(2 * hour);
    expect(amsterdamOffset(new Date('2026-10-25T01:00:00Z'))).toBe(hour);
  });
});

describe('formatting', () => {
  const evening = new Date('2026-12-07T18:30:00Z');

  it('matches what Intl says in Dutch and English', () => {
    for (const [language, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      expect(formatDate(evening, language)).toBe(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).format(evening));
      expect(formatDayAndTime(evening, language)).toBe(
        new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(evening),
      );
      expect(formatTime(evening)).toBe(new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(evening));
    }
  });

  it('writes short dates with the time', () => {
    expect(formatShortDateTime(new Date('2026-03-03T08:05:00Z'), 'nl')).toBe('3 mrt, 09:05');
    expect(formatShortDateTime(new Date('2026-07-03T08:05:00Z'), 'en')).toBe('3 Jul, 10:05');
  });

  it('tells Dutch calendar days apart where UTC would not', () => {
    expect(sameDutchDay(new Date('2026-12-07T23:30:00Z'), new Date('2026-12-07T12:00:00Z'))).toBe(false);
    expect(sameDutchDay(new Date('2026-12-07T23:30:00Z'), new Date('2026-12-08T10:00:00Z'))).toBe(true);
  });
});
