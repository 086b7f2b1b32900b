import type { Vacancy } from '@koers/domain';

/** Today as `YYYY-MM-DD` in the person's own time zone (closing dates are calendar days). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar date `YYYY-MM-DD` as a local Date, for formatting. */
export function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** Closed once its closing day has passed (people may still apply on the day itself). */
export function isClosed(vacancy: Pick<Vacancy, 'closingDate'>, today: string): boolean {
  return vacancy.closingDate !== null && vacancy.closingDate < today;
}

/** Open vacancies first, soonest closing first (no closing date last), then by title. */
export function sortVacancies<T extends Pick<Vacancy, 'closingDate' | 'title'>>(vacancies: T[], today: string): T[] {
  return [...vacancies].sort(
    (a, b) =>
      Number(isClosed(a, today)) - Number(isClosed(b, today)) ||
      (a.closingDate ?? '9999-12-31').localeCompare(b.closingDate ?? '9999-12-31') ||
      a.title.localeCompare(b.title, 'nl'),
  );
}
