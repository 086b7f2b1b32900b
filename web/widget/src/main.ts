// The embeddable widget: one script tag shows a region's activities and vacancies, or its
// contact form, on any site.
//   <div data-koers-widget></div>
//   <script src="https://<koers-host>/widget/v1.js" data-koers-region="nijmegen" async></script>
// Options (data attributes on the script): data-koers-region (required), data-koers-lang
// ("nl" | "en"), data-koers-api (API base; default: /api on the script's own host),
// data-koers-form ("offer", "contact" or both, comma-separated; default "offer"; the contact
// form goes in <div data-koers-contact-form> when there is one),
// data-koers-show ("activities", "vacancies" or both, comma-separated), data-koers-heading-level.
import { createApi } from './api';
import { renderContactForm } from './contact-form';
import { renderWidget } from './widget';
import { injectStyles } from './styles';

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.koersRegion) return current;
  // Loaded another way (e.g. by a tag manager): the first tag not yet started.
  return document.querySelector<HTMLScriptElement>('script[data-koers-region]:not([data-koers-started])');
}

function start(script: HTMLScriptElement): void {
  script.setAttribute('data-koers-started', '');
  const regionId = script.dataset.koersRegion?.trim();
  if (!regionId) return;
  // Hosting rewrites /api/** on the Koers host to the API function.
  const apiBase = script.dataset.koersApi?.trim() || new URL('/api', script.src || window.location.href).href;
  const lang = script.dataset.koersLang === 'en' ? 'en' : 'nl';
  const show = (script.dataset.koersShow ?? 'activities,vacancies').split(',').map((part) => part.trim());
  const headingLevel = Number(script.dataset.koersHeadingLevel) || 2;

  const forms = (script.dataset.koersForm ?? 'offer').split(',').map((part) => part.trim());
  const api = createApi(apiBase, regionId, { embedder: embedderOf(apiBase) });
  injectStyles();

  if (forms.includes('offer')) {
    const container = placeFor(script, 'data-koers-widget', regionId);
    void renderWidget(container, {
      regionId,
      api,
      lang,
      headingLevel,
      show: { activities: show.includes('activities'), vacancies: show.includes('vacancies') },
    });
  }
  if (forms.includes('contact')) {
    void renderContactForm(placeFor(script, 'data-koers-contact-form', regionId), { regionId, api, lang, headingLevel });
  }
}

/** The element marked for this region (or for any), else a new one right after the script. */
function placeFor(script: HTMLScriptElement, attribute: string, regionId: string): HTMLElement {
  let container = document.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(regionId)}"]:not([data-koers-started]), [${attribute}=""]:not([data-koers-started])`);
  if (!container) {
    container = document.createElement('div');
    container.setAttribute(attribute, regionId);
    script.after(container);
  }
  container.setAttribute('data-koers-started', '');
  return container;
}

/**
 * On Koers' own iframe page (same origin as the API, inside a frame), the site around the frame:
 * the API checks it against the region's allowed origins, as it checks Origin for other sites.
 */
function embedderOf(apiBase: string): string | null {
  if (window.self === window.top || new URL(apiBase).origin !== window.location.origin) return null;
  const ancestor = window.location.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  try {
    if (document.referrer) return new URL(document.referrer).origin;
  } catch {
    // Unreadable: as unknown.
  }
  // Framed by a site that hides itself: "null" matches no allowed origin.
  return 'null';
}

const script = findScript();
if (script) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
  else start(script);
}
