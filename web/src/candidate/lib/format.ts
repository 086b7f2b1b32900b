import { intlLocale } from './i18n';
import { useMijnTranslation } from './translation';

/** Dates and times in the candidate's language, in the Dutch time zone. */
export function useFormat() {
  const { i18n } = useMijnTranslation();
  const locale = intlLocale(i18n.language);
  const zone = 'Europe/Amsterdam';
  return {
    date: (value: Date) => value.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
    dayAndTime: (value: Date) =>
      value.toLocaleString(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: zone }),
    time: (value: Date) => value.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone }),
  };
}
