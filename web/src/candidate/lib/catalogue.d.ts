// Catalogue modules loaded by a query suffix (see catalogueModules() in web/vite.config.ts and
// lib/i18n.ts): separate modules for the bundler, so the first load keeps only what it names
// and the rest goes into chunks loaded later. The keys are checked by the catalogues' own types.

/** A whole catalogue, loaded on demand. */
declare module '*.json?all' {
  const catalogue: Record<string, unknown>;
  export default catalogue;
}

/** The parts of the catalogues the first load of /mijn shows: the shell, the start page. */
declare module '*.json?first-load' {
  type Part = Record<string, unknown>;
  // Vocabulary labels (locales/vocab): the phases; the kind of conversation to rate.
  export const interactionKind: Record<string, string>;
  export const phase: Record<string, string>;
  export const phaseDescription: Record<string, string>;
  // The candidate catalogue (candidate/locales).
  export const app: Part;
  export const errors: Part;
  export const feedback: Part;
  export const route$greeting: string;
  export const route$intro: string;
  export const route$journey: Part;
  export const route$steps: Part;
  export const route$teaser: Part;
  export const route$contact: Part;
  export const route$fit: Part;
  export const route$name: Part;
}
