import { formatShortDateTime, formatTime, sameDutchDay } from '../../lib/dutch-time';
import { useMijnTranslation } from '../../lib/translation';

/** A message time: "14:05" today, "3 dec, 14:05" before (Dutch time). */
export function useMessageTime() {
  const { i18n } = useMijnTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (value: Date) => (sameDutchDay(value, new Date()) ? formatTime(value) : formatShortDateTime(value, language));
}
