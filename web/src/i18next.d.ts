// The catalogues of both apps, so every t() key is checked at compile time: the staff app
// uses the default namespace, the candidate app (Mijn Koers) its own `mijn` namespace. Both
// share the vocabulary labels (locales/vocab).
import type mijn from './candidate/locales/nl.json';
import type nl from './locales/nl.json';
import type vocab from './locales/vocab/nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl & { vocab: typeof vocab }; mijn: typeof mijn & { vocab: typeof vocab } };
  }
}
