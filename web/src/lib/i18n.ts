import { locales } from '@koers/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import nl from '../locales/nl.json';
import vocabEn from '../locales/vocab/en.json';
import vocabNl from '../locales/vocab/nl.json';
import { storedLocale, storeLocale } from './locale-storage';

// Both catalogues carry the same keys: each assignment fails to compile when one lacks a key.
const enHasEveryKey: typeof nl = en;
const nlHasEveryKey: typeof en = nl;
const vocabEnHasEveryKey: typeof vocabNl = vocabEn;
const vocabNlHasEveryKey: typeof vocabEn = vocabNl;

/** BCP 47 tag for dates and numbers. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

i18n.on('languageChanged', storeLocale);

void i18n.use(initReactI18next).init({
  resources: {
    nl: { translation: { ...nlHasEveryKey, vocab: vocabNlHasEveryKey } },
    en: { translation: { ...enHasEveryKey, vocab: vocabEnHasEveryKey } },
  },
  lng: storedLocale(),
  fallbackLng: 'nl',
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
