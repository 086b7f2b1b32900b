// Renders a region's published activities (each with its registration form) and vacancies.
import type { PublicActivity, PublicVacancy } from '@koers/domain';
import type { Api } from './api';
import { h } from './dom';
import { formatters, texts, type Lang } from './i18n';
import { registrationForm } from './registration-form';

export interface WidgetOptions {
  regionId: string;
  api: Api;
  lang: Lang;
  /** Level of the section headings (2–5); item titles are one level deeper. */
  headingLevel: number;
  show: { activities: boolean; vacancies: boolean };
}

let instances = 0;

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const heading = (level: number): Heading => `h${Math.min(6, Math.max(2, level))}` as Heading;

export async function renderWidget(container: HTMLElement, options: WidgetOptions): Promise<void> {
  const t = texts(options.lang);
  const format = formatters(options.lang);
  const prefix = `koers-${++instances}`;
  const sectionHeading = heading(options.headingLevel);
  const itemHeading = heading(options.headingLevel + 1);

  const loading = h('p', { class: 'koers-status', role: 'status', 'aria-live': 'polite' }, [t.loading]);
  const root = h('div', { class: 'koers-widget', lang: options.lang, 'data-koers-region': options.regionId }, [loading]);
  container.replaceChildren(root);

  const [activities, vacancies] = await Promise.all([
    options.show.activities ? options.api.activities().catch(() => null) : Promise.resolve(undefined),
    options.show.vacancies ? options.api.vacancies().catch(() => null) : Promise.resolve(undefined),
  ]);
  loading.textContent = '';

  if (activities !== undefined) {
    const id = `${prefix}-activities`;
    const list = activities?.activities ?? [];
    root.append(
      h('section', { class: 'koers-section koers-activities', 'aria-labelledby': id }, [
        h(sectionHeading, { id, class: 'koers-heading' }, [t.activities]),
        activities === null
          ? h('p', { class: 'koers-empty', role: 'alert' }, [t.loadFailed])
          : list.length === 0
            ? h('p', { class: 'koers-empty' }, [t.noActivities])
            : h('ul', { class: 'koers-list' }, list.map((activity, i) => activityItem(activity, `${prefix}-a${i}`))),
      ]),
    );
  }

  if (vacancies !== undefined) {
    const id = `${prefix}-vacancies`;
    const list = vacancies?.vacancies ?? [];
    root.append(
      h('section', { class: 'koers-section koers-vacancies', 'aria-labelledby': id }, [
        h(sectionHeading, { id, class: 'koers-heading' }, [t.vacancies]),
        vacancies === null
          ? h('p', { class: 'koers-empty', role: 'alert' }, [t.loadFailed])
          : list.length === 0
            ? h('p', { class: 'koers-empty' }, [t.noVacancies])
            : h('ul', { class: 'koers-list' }, list.map((vacancy) => vacancyItem(vacancy))),
      ]),
    );
  }

  function activityItem(activity: PublicActivity, id: string): HTMLElement {
    const titleId = `${id}-title`;
    const started = new Date(activity.startsAt).getTime() <= Date.now();
    const full = activity.placesLeft === 0;
    const place = activity.online ? t.online : activity.location;
    const status = h('p', { class: 'koers-status', role: 'status', 'aria-live': 'polite', tabindex: -1 });
    const item = h('li', { class: 'koers-item koers-activity', 'data-koers-activity': activity.id }, [
      h('article', { 'aria-labelledby': titleId }, [
        h('p', { class: 'koers-kind' }, [t.kind[activity.kind]]),
        h(itemHeading, { id: titleId, class: 'koers-item-title' }, [activity.title]),
        h('p', { class: 'koers-meta' }, [
          format.span(activity.startsAt, activity.endsAt),
          place ? ` · ${place}` : null,
          activity.regionId !== options.regionId ? ` · ${t.otherRegion}` : null,
        ]),
        activity.description ? h('p', { class: 'koers-description' }, [activity.description]) : null,
      ]),
    ]);
    const places = activity.placesLeft !== null && !started ? h('p', { class: 'koers-meta koers-places' }, [full ? t.full : t.placesLeft(activity.placesLeft)]) : null;
    if (places) item.firstElementChild!.append(places);
    const article = item.firstElementChild as HTMLElement;
    if (started) {
      article.append(h('p', { class: 'koers-meta' }, [t.closed]));
    } else if (!full) {
      // The title as description: a list of "Aanmelden" buttons says which one is which.
      const toggle = h('button', { type: 'button', class: 'koers-button', 'aria-expanded': 'false', 'aria-controls': `${id}-form`, 'aria-describedby': titleId }, [t.register]);
      const registration = registrationForm(activity, id, t, options.api, status, (result) => {
        // Done: the form goes, the outcome stays, and focus moves to it so it is not lost.
        if (result.kind === 'registered' && places && activity.placesLeft !== null) {
          const left = Math.max(0, activity.placesLeft - 1);
          places.textContent = left === 0 ? t.full : t.placesLeft(left);
        }
        registration.form.remove();
        toggle.remove();
        status.focus();
      });
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? t.close : t.register;
        registration.form.hidden = !open;
        if (open) registration.shown();
      });
      article.append(toggle, registration.form);
    }
    article.append(status);
    return item;
  }

  function vacancyItem(vacancy: PublicVacancy): HTMLElement {
    const titleId = `${prefix}-v-${vacancy.id}`;
    const school = vacancy.school;
    const facts = [t.sector[vacancy.sector], t.hours(vacancy.hoursPerWeek), vacancy.lateralEntry ? t.lateralEntry : null].filter(Boolean).join(' · ');
    return h('li', { class: 'koers-item koers-vacancy', 'data-koers-vacancy': vacancy.id }, [
      h('article', { 'aria-labelledby': titleId }, [
        h(itemHeading, { id: titleId, class: 'koers-item-title' }, [vacancy.title]),
        school ? h('p', { class: 'koers-meta koers-school' }, [school.name, school.place ? `, ${school.place}` : null]) : null,
        h('p', { class: 'koers-meta' }, [facts]),
        vacancy.subjects.length > 0 ? h('p', { class: 'koers-meta' }, [vacancy.subjects.map((subject) => t.subject[subject]).join(', ')]) : null,
        vacancy.description ? h('p', { class: 'koers-description' }, [vacancy.description]) : null,
        vacancy.closingDate ? h('p', { class: 'koers-meta' }, [t.closes(format.date(vacancy.closingDate))]) : null,
        school?.website ? h('p', {}, [h('a', { class: 'koers-link', href: school.website, rel: 'noopener' }, [t.schoolWebsite(school.name)])]) : null,
      ]),
    ]);
  }
}
