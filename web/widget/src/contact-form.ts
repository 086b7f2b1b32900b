// The contact form for regions without one of their own: labelled fields that say whether they
// are required, interests as a group of checkboxes, the region's privacy text with the consent
// box, and on a mistake an error summary that takes focus and links to each field (whose own
// message is tied to it with aria-describedby). Spam is kept out without a third party: a
// honeypot people and assistive tech never meet, and the time the form was open.
import type { ContactFormInput, FieldProblem, PublicContactForm, Sector } from '@koers/domain';
import type { Api, ContactResult } from './api';
import { h } from './dom';
import { texts, type Lang, type Texts } from './i18n';

export interface ContactFormOptions {
  regionId: string;
  api: Api;
  lang: Lang;
  /** Level of the form's heading (2–6). */
  headingLevel: number;
}

type FieldName = 'name' | 'email' | 'phone' | 'place' | 'interests' | 'question' | 'consent';
const fieldOrder: FieldName[] = ['name', 'email', 'phone', 'place', 'interests', 'question', 'consent'];

// The domain's limits (contact-form.ts), repeated: a value import from @koers/domain would
// pull its schemas into the bundle; the server checks again anyway.
const contactPlaceMaxLength = 200;
const contactQuestionMaxLength = 2_000;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+()\d\s-]*$/;

interface Field {
  /** What gets aria-invalid and focus (the group's first box for interests). */
  control: HTMLInputElement | HTMLTextAreaElement | HTMLFieldSetElement;
  focusTarget: HTMLElement;
  /** The field's name in the error summary. */
  label: string;
  error: HTMLElement;
}

let instances = 0;

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const heading = (level: number): Heading => `h${Math.min(6, Math.max(2, level))}` as Heading;

export async function renderContactForm(container: HTMLElement, options: ContactFormOptions): Promise<void> {
  const t = texts(options.lang);
  const prefix = `koers-contact-${++instances}`;
  const loading = h('p', { class: 'koers-status', role: 'status', 'aria-live': 'polite' }, [t.contact.loading]);
  const root = h('div', { class: 'koers-widget koers-contact', lang: options.lang, 'data-koers-region': options.regionId }, [loading]);
  container.replaceChildren(root);

  const config = await options.api.contactForm().catch(() => null);
  loading.remove();
  if (!config) {
    root.append(h('p', { class: 'koers-empty', role: 'alert' }, [t.contact.loadFailed]));
    return;
  }
  root.append(contactForm(config, prefix, t, options));
}

function contactForm(config: PublicContactForm, prefix: string, t: Texts, options: ContactFormOptions): HTMLElement {
  const c = t.contact;
  const fields = {} as Record<FieldName, Field>;
  const titleId = `${prefix}-title`;
  let shownAt = Date.now();

  const labelText = (text: string, required: boolean) => [text, h('span', { class: 'koers-required' }, [` (${required ? t.required.toLowerCase() : c.optional})`])];

  const textField = (name: 'name' | 'email' | 'phone' | 'place', label: string, type: string, autocomplete: string, required: boolean, maxlength: number) => {
    const id = `${prefix}-${name}`;
    const input = h('input', {
      id,
      name,
      type,
      autocomplete,
      class: 'koers-input',
      required,
      'aria-required': required ? 'true' : null,
      'aria-describedby': `${id}-error`,
      maxlength,
      inputmode: name === 'phone' ? 'tel' : null,
    });
    const error = h('p', { id: `${id}-error`, class: 'koers-error' });
    fields[name] = { control: input, focusTarget: input, label, error };
    return h('div', { class: 'koers-field' }, [h('label', { for: id, class: 'koers-label' }, labelText(label, required)), input, error]);
  };

  const interestsId = `${prefix}-interests`;
  const interestBoxes = config.interests
    .filter((code): code is Sector => code in t.sector)
    .map((code) => {
      const id = `${interestsId}-${code}`;
      const box = h('input', { id, type: 'checkbox', name: 'interests', value: code });
      return { box, item: h('div', { class: 'koers-check' }, [box, h('label', { for: id }, [t.sector[code]])]) };
    });
  const interestsError = h('p', { id: `${interestsId}-error`, class: 'koers-error' });
  const interests = h('fieldset', { id: interestsId, class: 'koers-fieldset', 'aria-describedby': `${interestsId}-hint ${interestsId}-error` }, [
    h('legend', { class: 'koers-label koers-legend' }, labelText(c.interests, false)),
    h('p', { id: `${interestsId}-hint`, class: 'koers-hint' }, [c.interestsHint]),
    h('div', { class: 'koers-checks' }, interestBoxes.map(({ item }) => item)),
    interestsError,
  ]);
  fields.interests = { control: interests, focusTarget: interestBoxes[0]?.box ?? interests, label: c.interests, error: interestsError };

  const questionId = `${prefix}-question`;
  const question = h('textarea', { id: questionId, name: 'question', class: 'koers-input koers-textarea', rows: 5, maxlength: contactQuestionMaxLength, 'aria-describedby': `${questionId}-error` });
  const questionError = h('p', { id: `${questionId}-error`, class: 'koers-error' });
  fields.question = { control: question, focusTarget: question, label: c.question, error: questionError };

  // The privacy text is part of the consent box's label: what someone agrees to is read with it.
  const consentId = `${prefix}-consent`;
  const consent = h('input', { id: consentId, name: 'consent', type: 'checkbox', required: true, 'aria-required': 'true', 'aria-describedby': `${consentId}-error` });
  const consentError = h('p', { id: `${consentId}-error`, class: 'koers-error' });
  fields.consent = { control: consent, focusTarget: consent, label: c.consentShort, error: consentError };
  const privacy = config.privacyText.trim();
  const consentLabel = h('label', { for: consentId }, [
    ...labelText(c.consent(config.regionName), true),
    privacy ? h('span', { class: 'koers-privacy' }, [h('span', { class: 'koers-privacy-heading' }, [c.privacyHeading]), ' ', privacy]) : null,
  ]);

  // Off-screen, out of the tab order and hidden from assistive tech: only bots fill it.
  const honeypot = h('input', { id: `${prefix}-website`, name: 'website', type: 'text', tabindex: -1, autocomplete: 'off' });
  const honeypotWrapper = h('div', { class: 'koers-hp', 'aria-hidden': 'true', style: 'position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden' }, [
    h('label', { for: `${prefix}-website` }, [t.honeypot]),
    honeypot,
  ]);

  const summaryTitle = h('p', { id: `${prefix}-summary-title`, class: 'koers-summary-title' });
  const summaryList = h('ul', { class: 'koers-summary-list' });
  const summary = h('div', { class: 'koers-summary', role: 'group', 'aria-labelledby': `${prefix}-summary-title`, tabindex: -1, hidden: true }, [summaryTitle, summaryList]);

  const submit = h('button', { type: 'submit', class: 'koers-button' }, [c.submit]);
  const status = h('p', { class: 'koers-status', role: 'status', 'aria-live': 'polite', tabindex: -1 });
  const form = h('form', { id: `${prefix}-form`, class: 'koers-form koers-contact-form', novalidate: true, 'aria-labelledby': titleId }, [
    summary,
    textField('name', c.name, 'text', 'name', true, 200),
    textField('email', c.email, 'email', 'email', true, 254),
    textField('phone', c.phone, 'tel', 'tel', false, 40),
    textField('place', c.place, 'text', 'address-level2', false, contactPlaceMaxLength),
    interests,
    h('div', { class: 'koers-field' }, [h('label', { for: questionId, class: 'koers-label' }, labelText(c.question, false)), question, questionError]),
    h('div', { class: 'koers-field' }, [h('div', { class: 'koers-check koers-consent' }, [consent, consentLabel]), consentError]),
    honeypotWrapper,
    h('div', {}, [submit]),
  ]);

  const section = h('section', { class: 'koers-section', 'aria-labelledby': titleId }, [
    h(heading(options.headingLevel), { id: titleId, class: 'koers-heading' }, [c.heading]),
    h('p', { class: 'koers-intro' }, [c.intro]),
    form,
    status,
  ]);

  const value = (field: FieldName) => (fields[field].control as HTMLInputElement | HTMLTextAreaElement).value.trim();

  function setStatus(message: string, tone: 'success' | 'error' | 'info'): void {
    status.dataset.tone = tone;
    status.textContent = message;
  }

  function showErrors(problems: Partial<Record<FieldName, string>>): void {
    const items: HTMLElement[] = [];
    for (const name of fieldOrder) {
      const { control, focusTarget, label, error } = fields[name];
      const message = problems[name];
      error.textContent = message ?? '';
      // aria-invalid belongs on the controls, not on the group of interests.
      const invalidAttribute = control instanceof HTMLFieldSetElement ? 'data-invalid' : 'aria-invalid';
      if (message) {
        control.setAttribute(invalidAttribute, 'true');
        // In-page links would change the host page's address (and maybe its router): focus instead.
        const link = h('a', { href: `#${focusTarget.id}`, class: 'koers-link' }, [`${label}: ${message}`]);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          focusTarget.focus();
        });
        items.push(h('li', {}, [link]));
      } else {
        control.removeAttribute(invalidAttribute);
      }
    }
    summaryTitle.textContent = items.length > 0 ? c.summary(items.length) : '';
    summaryList.replaceChildren(...items);
    summary.hidden = items.length === 0;
    if (items.length > 0) {
      setStatus('', 'info');
      summary.focus();
    }
  }

  function validate(): Partial<Record<FieldName, string>> {
    const problems: Partial<Record<FieldName, string>> = {};
    if (!value('name') || value('name').length > 200) problems.name = c.errors.name;
    if (!emailPattern.test(value('email'))) problems.email = c.errors.email;
    if (value('phone') && !phonePattern.test(value('phone'))) problems.phone = c.errors.phone;
    if (value('place').length > contactPlaceMaxLength) problems.place = c.errors.place;
    if (value('question').length > contactQuestionMaxLength) problems.question = c.errors.question;
    if (!consent.checked) problems.consent = c.errors.consent;
    return problems;
  }

  function fromServer(problems: FieldProblem[]): Partial<Record<FieldName, string>> {
    const mapped: Partial<Record<FieldName, string>> = {};
    for (const problem of problems) {
      // `interests.0` is a problem of the interests group.
      const field = fieldOrder.find((name) => name === problem.field.split('.')[0]);
      if (field) mapped[field] = c.errors[field];
    }
    return mapped;
  }

  /** The outcome of a send. Focus goes to what answers it: the button was disabled meanwhile. */
  function done(result: ContactResult): void {
    switch (result.kind) {
      case 'received':
        // The form goes, the thanks stays.
        form.remove();
        setStatus(c.received, 'success');
        break;
      case 'invalid': {
        const mapped = fromServer(result.problems);
        if (Object.keys(mapped).length > 0) return showErrors(mapped);
        setStatus(t.failed, 'error');
        break;
      }
      case 'refused':
        // A person who was quick (autofill) sends again; the clock restarts now.
        shownAt = Date.now();
        setStatus(c.refused, 'error');
        break;
      case 'forbidden':
        setStatus(c.forbidden, 'error');
        break;
      case 'rate_limited':
        setStatus(c.tooMany(Math.max(1, Math.ceil(result.retryAfterSeconds / 60))), 'error');
        break;
      case 'failed':
        setStatus(t.failed, 'error');
        break;
    }
    status.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const problems = validate();
    showErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const input: ContactFormInput = {
      name: value('name'),
      email: value('email'),
      phone: value('phone') || null,
      place: value('place') || null,
      interests: interestBoxes.filter(({ box }) => box.checked).map(({ box }) => box.value as Sector),
      question: value('question') || null,
      consent: true,
      website: honeypot.value,
      elapsedMs: Math.max(0, Math.round(Date.now() - shownAt)),
    };
    submit.disabled = true;
    submit.textContent = t.sending;
    form.setAttribute('aria-busy', 'true');
    setStatus(t.sending, 'info');
    void options.api.contact(input).then((result) => {
      submit.disabled = false;
      submit.textContent = c.submit;
      form.removeAttribute('aria-busy');
      done(result);
    });
  });

  return section;
}
