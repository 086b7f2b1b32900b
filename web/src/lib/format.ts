import { useTranslation } from 'react-i18next';
import { intlLocale } from './i18n';

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days between two moments, never negative. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / dayMs));
}

export function daysAgo(days: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - days * dayMs);
}

/** Locale-aware formatting of dates and numbers for the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return {
    date: (value: Date) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(value),
    dateTime: (value: Date) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(value),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    percent: (value: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value),
  };
}
