import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/i18n';
import { relativeTime } from '../notification-helpers';

/** "5 minuten geleden" for a moment, kept current while the list is on screen. */
export function useRelativeTime(): (at: Date) => string {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const format = new Intl.RelativeTimeFormat(intlLocale(i18n.language), { numeric: 'auto' });
  return (at) => {
    const relative = relativeTime(at, now);
    return relative ? format.format(relative.value, relative.unit) : t('notifications.justNow');
  };
}
