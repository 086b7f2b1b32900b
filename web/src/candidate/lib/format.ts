import { formatDate, formatDayAndTime, formatTime, type DateLanguage } from './dutch-time';
import { useMijnTranslation } from './translation';

/** Dates and times in the candidate's language, in Dutch time (see dutch-time.ts for why not Intl). */
export function useFormat() {
  const { i18n } = useMijnTranslation();
  const language: DateLanguage = i18n.language === 'en' ? 'en' : 'nl';
  return {
    date: (value: Date) => formatDate(value, language),
    dayAndTime: (value: Date) => formatDayAndTime(value, language),
    time: (value: Date) => formatTime(value),
  };
}
