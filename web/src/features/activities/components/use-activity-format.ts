import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/i18n';
import { activityTimeZone } from '../api/activity-time';

/** Activity times in Amsterdam time, in the interface language ("di 12 januari 2027, 19:00–21:00"). */
export function useActivityFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const moment = new Intl.DateTimeFormat(locale, {
    timeZone: activityTimeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const short = new Intl.DateTimeFormat(locale, { timeZone: activityTimeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return {
    /** Start to end; the date once when both fall on the same day. */
    range: (start: Date, end: Date) => moment.formatRange(start, end),
    moment: (value: Date) => moment.format(value),
    short: (value: Date) => short.format(value),
  };
}
