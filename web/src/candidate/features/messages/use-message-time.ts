import { intlLocale } from '../../lib/i18n';
import { useMijnTranslation } from '../../lib/translation';

/** A message time: "14:05" today, "3 dec. 14:05" before (Dutch time). */
export function useMessageTime() {
  const { i18n } = useMijnTranslation();
  const locale = intlLocale(i18n.language);
  const zone = 'Europe/Amsterdam';
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const dated = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone });
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  return (value: Date) => (day.format(value) === day.format(new Date()) ? clock.format(value) : dated.format(value));
}
