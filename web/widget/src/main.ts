// The embeddable widget: one script tag shows a region's activities and vacancies on any site.
//   <div data-koers-widget></div>
//   <script src="https://<koers-host>/widget/v1.js" data-koers-region="nijmegen" async></script>
// Options (data attributes on the script): data-koers-region (required), data-koers-lang
// ("nl" | "en"), data-koers-api (API base; default: /api on the script's own host),
// data-koers-show ("activities", "vacancies" or both, comma-separated), data-koers-heading-level.
import { createApi } from './api';
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

  let container = document.querySelector<HTMLElement>(`[data-koers-widget="${CSS.escape(regionId)}"]:not([data-koers-started]), [data-koers-widget=""]:not([data-koers-started])`);
  if (!container) {
    container = document.createElement('div');
    container.setAttribute('data-koers-widget', regionId);
    script.after(container);
  }
  container.setAttribute('data-koers-started', '');

  injectStyles();
  void renderWidget(container, {
    regionId,
    api: createApi(apiBase, regionId),
    lang,
    headingLevel,
    show: { activities: show.includes('activities'), vacancies: show.includes('vacancies') },
  });
}

const script = findScript();
if (script) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
  else start(script);
}
