import { intlLocale } from './i18n';
import { useMijnTranslation } from './translation';

const zone = 'Europe/Amsterdam';
const styles = {
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone },
  dayAndTime: { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: zone },
  time: { hour: '2-digit', minute: '2-digit', timeZone: zone },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Making an Intl.DateTimeFormat is costly (toLocaleString makes one per call); on a slow phone a
// list of dates would block the page, so each locale and style gets one, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: keyof typeof styles): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, styles[style]);
    formatters.set(key, made);
  }
  return made;
}

/** Dates and times in the candidate's language, in the Dutch time zone. */
export function useFormat() {
  const { i18n } = useMijnTranslation();
  const locale = intlLocale(i18n.language);
  return {
    date: (value: Date) => formatter(locale, 'date').format(value),
    dayAndTime: (value: Date) => formatter(locale, 'dayAndTime').format(value),
    time: (value: Date) => formatter(locale, 'time').format(value),
  };
}
