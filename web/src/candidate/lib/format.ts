import { formatDate, formatDayAndTime, formatTime, type DateLanguage } from './dutch-time';
import { useMijnTranslation } from './translation';

/** The date language for an i18next language. */
export function dateLanguage(language: string): DateLanguage {
  return language === 'en' ? 'en' : 'nl';
}

/** Dates and times in the candidate's language, in Dutch time (see dutch-time.ts for why not Intl). */
export function useFormat() {
  const { i18n } = useMijnTranslation();
  const language = dateLanguage(i18n.language);
  return {
    date: (value: Date) => formatDate(value, language),
    dayAndTime: (value: Date) => formatDayAndTime(value, language),
    time: (value: Date) => formatTime(value),
  };
}
