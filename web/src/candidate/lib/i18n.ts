// Translations of the candidate app: its own catalogue (namespace `mijn`) plus the shared
// vocabulary labels, so a phone never downloads the staff app's texts.
//
// First-load budget (docs/benchmarks.md, bench/candidate-bundle.ts): the first load carries only
// the Dutch texts of the shell and the start page (named imports, which the bundler trims to the
// parts used, see catalogueModules() in web/vite.config.ts); the rest of the Dutch catalogue loads with any other page (`withCatalogue`, used by
// app.tsx), and English loads whole when someone chooses it.
import { locales } from '@koers/domain';
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { interactionKind, phase, phaseDescription } from '../../locales/vocab/nl.json?first-load';
import { storedLocale, storeLocale } from '../../lib/locale-storage';
import type en from '../locales/en.json';
import {
  app,
  errors,
  feedback,
  route$contact,
  route$fit,
  route$greeting,
  route$intro,
  route$journey,
  route$name,
  route$steps,
  route$teaser,
} from '../locales/nl.json?first-load';
import type nl from '../locales/nl.json';

// Both catalogues carry the same keys: each check fails to compile when one lacks a key.
const enHasEveryKey = (catalogue: typeof en): typeof nl => catalogue;
const nlHasEveryKey = (catalogue: typeof nl): typeof en => catalogue;

/** English, whole, when it is chosen; i18next waits for it before switching. */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (language !== 'en' || namespace !== 'mijn') {
      callback(null, {});
      return;
    }
    Promise.all([import('../locales/en.json?all'), import('../../locales/vocab/en.json?all')])
      .then(([catalogue, vocab]) => callback(null, { ...enHasEveryKey(catalogue.default as typeof en), vocab: vocab.default } as ResourceKey))
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null));
  },
};

/**
 * What the first load says in Dutch: the shell (app, errors), the start page (route, without the
 * route details of /routes) and its feedback prompts. A key the start page uses must be here.
 */
const firstLoadNl = {
  app,
  errors,
  feedback,
  route: { greeting: route$greeting, intro: route$intro, journey: route$journey, steps: route$steps, teaser: route$teaser, contact: route$contact, fit: route$fit, name: route$name },
  vocab: { interactionKind, phase, phaseDescription },
};

let complete: Promise<void> | null = null;

/** The whole Dutch catalogue, added once (every page but the start page needs it). */
export function completeCatalogue(): Promise<void> {
  complete ??= Promise.all([import('../locales/nl.json?all'), import('../../locales/vocab/nl.json?all')]).then(([catalogue, vocab]) => {
    i18n.addResourceBundle('nl', 'mijn', { ...nlHasEveryKey(catalogue.default as typeof nl), vocab: vocab.default }, true, true);
  });
  return complete;
}

/** A page module that renders only once the whole catalogue is there (for React.lazy). */
export async function withCatalogue<T>(page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, completeCatalogue()]);
  return module;
}

i18n.on('languageChanged', storeLocale);

void i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    resources: { nl: { mijn: firstLoadNl } },
    partialBundledLanguages: true,
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
