/**
 * Activities happen in the Netherlands: their times are entered and shown in Amsterdam time,
 * whatever time zone the browser is in (an adviser abroad still plans a meeting at 19:00 local).
 * `datetime-local` inputs speak "wall time" (`YYYY-MM-DDTHH:mm`) without a zone; these helpers
 * translate between that and moments. Pure: no Firebase, no React.
 */
export const activityTimeZone = 'Europe/Amsterdam';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: activityTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallParts(moment: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  const parts = Object.fromEntries(wallClock.formatToParts(moment).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** Amsterdam's offset from UTC at a moment, in milliseconds (1 or 2 hours). */
function offsetAt(ms: number): number {
  const wall = wallParts(new Date(ms));
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

/** A moment as an Amsterdam `YYYY-MM-DDTHH:mm`, the value a `datetime-local` input takes. */
export function toWallTime(moment: Date): string {
  const wall = wallParts(moment);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The moment an Amsterdam wall time (`YYYY-MM-DDTHH:mm`, seconds allowed) names; null when it is not one. */
export function fromWallTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  // Date.UTC rolls 31 February over into March; such a date is not one.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two rounds settle the offset also next to a daylight-saving change.
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

/** Today in Amsterdam as `YYYY-MM-DD`: the line between upcoming and past activities. */
export function amsterdamToday(now: Date = new Date()): string {
  return toWallTime(now).slice(0, 10);
}

/** The moment Amsterdam's day `YYYY-MM-DD` begins. */
export function startOfAmsterdamDay(day: string): Date {
  const start = fromWallTime(`${day}T00:00`);
  if (!start) throw new Error(`Not a day: ${day}`);
  return start;
}
