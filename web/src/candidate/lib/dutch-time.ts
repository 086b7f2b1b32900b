// Dates and times as the Netherlands reads them, without Intl.DateTimeFormat. The first
// DateTimeFormat a page makes loads ICU's calendar and time-zone data: 50–250 ms of main thread
// on a desktop, four times that on a mid-range phone, which alone pushed the candidate pages
// over their blocking-time budget. Mijn Koers shows a handful of date shapes in two languages,
// so it formats them itself; dutch-time.test.ts checks every hour across years of DST changes
// against Intl with the real time-zone database.

/** Wall-clock fields of a moment in Europe/Amsterdam. Month 0–11, weekday 0 = Sunday. */
export interface DutchClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const hour = 60 * 60 * 1000;

/** The last Sunday of a month (0–11) of a year, at 01:00 UTC: when EU summer time starts or ends. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * hour;
}

/**
 * UTC offset of Europe/Amsterdam in ms. Since 1996 the EU changes clocks at 01:00 UTC on the
 * last Sundays of March and October: CEST (+2) in between, CET (+1) otherwise.
 */
export function amsterdamOffset(moment: Date): number {
  const time = moment.getTime();
  const year = moment.getUTCFullYear();
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
  return summer ? 2 * hour : hour;
}

export function dutchClock(moment: Date): DutchClock {
  const local = new Date(moment.getTime() + amsterdamOffset(moment));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const names = {
  nl: {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    at: 'om',
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    at: 'at',
  },
} as const;

export type DateLanguage = keyof typeof names;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "19:30" */
export function formatTime(moment: Date): string {
  const clock = dutchClock(moment);
  return `${twoDigits(clock.hour)}:${twoDigits(clock.minute)}`;
}

/** "7 december 2026" / "7 December 2026" */
export function formatDate(moment: Date, language: DateLanguage): string {
  const clock = dutchClock(moment);
  return `${clock.day} ${names[language].months[clock.month]} ${clock.year}`;
}

/** "maandag 7 december om 19:30" / "Monday 7 December at 19:30" */
export function formatDayAndTime(moment: Date, language: DateLanguage): string {
  const clock = dutchClock(moment);
  const words = names[language];
  return `${words.weekdays[clock.weekday]} ${clock.day} ${words.months[clock.month]} ${words.at} ${formatTime(moment)}`;
}

/** "7 dec, 19:30" / "7 Dec, 19:30" */
export function formatShortDateTime(moment: Date, language: DateLanguage): string {
  const clock = dutchClock(moment);
  return `${clock.day} ${names[language].shortMonths[clock.month]}, ${formatTime(moment)}`;
}

/** Whether two moments fall on the same Dutch calendar day. */
export function sameDutchDay(a: Date, b: Date): boolean {
  const x = dutchClock(a);
  const y = dutchClock(b);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}
