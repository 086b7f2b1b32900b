import { locales, type Locale } from '@koers/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

// Both catalogues carry the same keys: each assignment fails to compile when one lacks a key.
const enHasEveryKey: typeof nl = en;
const nlHasEveryKey: typeof en = nl;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

const storageKey = 'koers.locale';

function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** BCP 47 tag for dates and numbers. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
});

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nlHasEveryKey }, en: { translation: enHasEveryKey } },
  lng: storedLocale(),
  fallbackLng: 'nl',
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
