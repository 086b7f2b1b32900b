// The language a person chose, kept on the device; shared by the staff and candidate apps.
import { locales, type Locale } from '@koers/domain';

const storageKey = 'koers.locale';

function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

export function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** Remembers the choice and tells assistive technology the page's language. */
export function storeLocale(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
}
