// Translations of the candidate app: its own small catalogue (namespace `mijn`) plus the
// shared vocabulary labels, so a phone never downloads the staff app's texts.
import { locales } from '@koers/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vocabEn from '../../locales/vocab/en.json';
import vocabNl from '../../locales/vocab/nl.json';
import { storedLocale, storeLocale } from '../../lib/locale-storage';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

// Both catalogues carry the same keys: each assignment fails to compile when one lacks a key.
const enHasEveryKey: typeof nl = en;
const nlHasEveryKey: typeof en = nl;

i18n.on('languageChanged', storeLocale);

void i18n.use(initReactI18next).init({
  resources: {
    nl: { mijn: { ...nlHasEveryKey, vocab: vocabNl } },
    en: { mijn: { ...enHasEveryKey, vocab: vocabEn } },
  },
  ns: ['mijn'],
  defaultNS: 'mijn',
  lng: storedLocale(),
  fallbackLng: 'nl',
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

export { i18n };

/** BCP 47 tag for dates and numbers. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}
