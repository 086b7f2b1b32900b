import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/i18n';

/** A message time: "14:05" today, "3 dec. 14:05" before. */
export function useMessageTime() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const dated = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (value: Date) => (value.toDateString() === new Date().toDateString() ? clock.format(value) : dated.format(value));
}
