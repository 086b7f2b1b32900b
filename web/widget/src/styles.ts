// Default looks, meant to be overridden: every selector sits in :where(), so any rule of the
// host site wins, and colours, font and radius come from custom properties a site may set on
// any ancestor (e.g. `:root { --koers-accent: #7a1f5c; }`). Defaults meet WCAG AA contrast.
const css = `
:where(.koers-widget) { font-family: var(--koers-font, inherit); color: var(--koers-text, #1f2933); line-height: 1.5; max-width: var(--koers-max-width, 60rem); }
:where(.koers-widget) * { box-sizing: border-box; }
:where(.koers-heading) { font-size: 1.5em; margin: 1.25em 0 0.5em; }
:where(.koers-list) { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
:where(.koers-item) { border: 1px solid var(--koers-border, #c5ccd3); border-radius: var(--koers-radius, 8px); background: var(--koers-surface, #ffffff); padding: 1rem 1.25rem; }
:where(.koers-item-title) { font-size: 1.2em; margin: 0 0 0.25em; }
:where(.koers-kind) { display: inline-block; font-size: 0.85em; font-weight: 600; color: var(--koers-accent, #1d4f91); margin: 0 0 0.25em; }
:where(.koers-meta) { margin: 0 0 0.5em; color: var(--koers-muted, #4a5561); }
:where(.koers-description) { margin: 0 0 0.75em; white-space: pre-line; }
:where(.koers-places) { font-weight: 600; }
:where(.koers-button) { font: inherit; font-weight: 600; cursor: pointer; border-radius: var(--koers-radius, 8px); padding: 0.5em 1.1em; border: 2px solid var(--koers-accent, #1d4f91); background: var(--koers-accent, #1d4f91); color: var(--koers-on-accent, #ffffff); min-height: 44px; }
:where(.koers-button[aria-expanded="true"]) { background: transparent; color: var(--koers-accent, #1d4f91); }
:where(.koers-button:disabled) { opacity: 0.7; cursor: progress; }
:where(.koers-form) { display: grid; gap: 0.9rem; margin-top: 1rem; padding-top: 1rem; border-top: 1px solid var(--koers-border, #c5ccd3); }
:where(.koers-form[hidden]) { display: none; }
:where(.koers-field) { display: grid; gap: 0.3rem; }
:where(.koers-label) { font-weight: 600; }
:where(.koers-input) { font: inherit; padding: 0.55em 0.7em; border: 1px solid var(--koers-input-border, #6b7680); border-radius: calc(var(--koers-radius, 8px) / 2); background: #fff; color: inherit; width: 100%; max-width: 28rem; min-height: 44px; }
:where(.koers-input[aria-invalid="true"]) { border-color: var(--koers-error, #b42318); border-width: 2px; }
:where(.koers-check) { display: grid; grid-template-columns: auto 1fr; gap: 0.6rem; align-items: start; }
:where(.koers-check input[aria-invalid="true"]) { outline: 2px solid var(--koers-error, #b42318); outline-offset: 2px; }
:where(.koers-check input) { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; accent-color: var(--koers-accent, #1d4f91); }
:where(.koers-error) { color: var(--koers-error, #b42318); margin: 0; font-weight: 600; }
:where(.koers-error:empty) { display: none; }
:where(.koers-status) { margin: 0.75em 0 0; }
:where(.koers-status:empty) { display: none; }
:where(.koers-status[data-tone="success"]) { color: var(--koers-success, #1e6b34); font-weight: 600; }
:where(.koers-status[data-tone="error"]) { color: var(--koers-error, #b42318); font-weight: 600; }
:where(.koers-required) { color: var(--koers-muted, #4a5561); font-weight: 400; }
:where(.koers-hp) { position: absolute !important; left: -10000px !important; width: 1px; height: 1px; overflow: hidden; }
:where(.koers-link) { color: var(--koers-accent, #1d4f91); }
:where(.koers-contact .koers-form) { margin-top: 0; padding-top: 0; border-top: 0; max-width: 40rem; }
:where(.koers-intro) { margin: 0 0 1rem; }
:where(.koers-textarea) { min-height: 8rem; resize: vertical; max-width: 40rem; }
:where(.koers-fieldset) { border: 0; margin: 0; padding: 0; min-width: 0; display: grid; gap: 0.4rem; }
:where(.koers-legend) { padding: 0; margin-bottom: 0.2rem; }
:where(.koers-hint) { margin: 0; color: var(--koers-muted, #4a5561); }
:where(.koers-checks) { display: grid; gap: 0.5rem; }
:where(.koers-fieldset[data-invalid="true"] .koers-checks) { border-left: 3px solid var(--koers-error, #b42318); padding-left: 0.6rem; }
:where(.koers-privacy) { display: block; margin-top: 0.4rem; color: var(--koers-muted, #4a5561); }
:where(.koers-privacy-heading) { font-weight: 600; }
:where(.koers-summary) { border: 2px solid var(--koers-error, #b42318); border-radius: var(--koers-radius, 8px); padding: 0.75rem 1rem; }
:where(.koers-summary[hidden]) { display: none; }
:where(.koers-summary-title) { margin: 0 0 0.4rem; font-weight: 600; color: var(--koers-error, #b42318); }
:where(.koers-summary-list) { margin: 0; padding-left: 1.2rem; }
:where(.koers-empty) { margin: 0; color: var(--koers-muted, #4a5561); }
:where(.koers-summary:focus, .koers-contact .koers-status:focus) { outline: 3px solid var(--koers-focus, #b3541e); outline-offset: 4px; }
/* Last, so focus shows over every other outline. */
:where(.koers-widget) :where(a, button, input, textarea, summary):focus-visible { outline: 3px solid var(--koers-focus, #b3541e); outline-offset: 2px; }
`;

let injected = false;

/** Adds the default styles once per page, first in <head>, so the site's own CSS comes later. */
export function injectStyles(): void {
  if (injected || document.querySelector('style[data-koers-widget-styles]')) return;
  injected = true;
  const style = document.createElement('style');
  style.setAttribute('data-koers-widget-styles', '');
  style.textContent = css;
  document.head.prepend(style);
}
