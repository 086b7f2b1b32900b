import { getISOWeek, getISOWeekYear } from 'date-fns';
import { dutchDate } from '../public-offer.js';

/**
 * Aggregate periods. Ids sort chronologically within a kind:
 * `current` (the state now), `d-2026-11-30`, `w-2026-W48` (ISO week), `m-2026-11`.
 * Days are Dutch calendar days (Europe/Amsterdam), so an event at 00:30 local time on
 * 1 December counts on 1 December even though it is still 30 November in UTC.
 */
export const statePeriod = 'current';
export const flowPeriodKinds = ['day', 'week', 'month'] as const;
export type FlowPeriodKind = (typeof flowPeriodKinds)[number];
export type PeriodKind = 'state' | FlowPeriodKind;

const prefixes: Record<FlowPeriodKind, string> = { day: 'd', week: 'w', month: 'm' };

/** `YYYY-Www` (ISO week) of a `YYYY-MM-DD` calendar date. */
export function isoWeekOf(isoDate: string): string {
  const date = calendarDate(isoDate);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** The day, week and month period ids an event at `at` counts in. */
export function periodIdsAt(at: Date): [string, string, string] {
  const day = dutchDate(at);
  return [`d-${day}`, `w-${isoWeekOf(day)}`, `m-${day.slice(0, 7)}`];
}

export function periodKindOf(periodId: string): PeriodKind | null {
  if (periodId === statePeriod) return 'state';
  if (/^d-\d{4}-\d{2}-\d{2}$/.test(periodId)) return 'day';
  if (/^w-\d{4}-W\d{2}$/.test(periodId)) return 'week';
  if (/^m-\d{4}-\d{2}$/.test(periodId)) return 'month';
  return null;
}

/**
 * The `count` periods of one kind that end with the one containing `now`, oldest first:
 * `periodIdsEndingAt('month', 3, 30 Nov 2026)` → `m-2026-09`, `m-2026-10`, `m-2026-11`.
 */
export function periodIdsEndingAt(kind: FlowPeriodKind, count: number, now: Date): string[] {
  const today = calendarDate(dutchDate(now));
  const ids: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(today);
    if (kind === 'day') date.setUTCDate(date.getUTCDate() - back);
    if (kind === 'week') date.setUTCDate(date.getUTCDate() - 7 * back);
    if (kind === 'month') date.setUTCMonth(date.getUTCMonth() - back, 1);
    const iso = date.toISOString().slice(0, 10);
    ids.push(`${prefixes[kind]}-${kind === 'day' ? iso : kind === 'week' ? isoWeekOf(iso) : iso.slice(0, 7)}`);
  }
  return ids;
}

/** The first calendar day (`YYYY-MM-DD`) of a flow period, for labels and sorting. */
export function periodStart(periodId: string): string | null {
  const kind = periodKindOf(periodId);
  if (kind === 'day') return periodId.slice(2);
  if (kind === 'month') return `${periodId.slice(2)}-01`;
  if (kind === 'week') {
    const [year, week] = [Number(periodId.slice(2, 6)), Number(periodId.slice(8))];
    // ISO week 1 holds 4 January; its Monday starts the ISO year.
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 7 * (week - 1));
    return monday.toISOString().slice(0, 10);
  }
  return null;
}

/** Whole days from one instant to another, by Dutch calendar days. */
export function calendarDaysBetween(from: Date, to: Date): number {
  const ms = calendarDate(dutchDate(to)).getTime() - calendarDate(dutchDate(from)).getTime();
  return Math.round(ms / 86_400_000);
}

/** A `YYYY-MM-DD` at noon UTC: the same calendar day in every time zone date-fns may read it in. */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
