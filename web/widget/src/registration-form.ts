// The registration form of one activity: labelled fields, errors per field (linked with
// aria-describedby and announced), a honeypot people and assistive tech never meet, and the time
// the form was open (the API refuses forms sent faster than a person can fill them).
import type { FieldProblem, PublicActivity, PublicRegistrationInput } from '@koers/domain';
import type { Api, RegistrationResult } from './api';
import { h } from './dom';
import type { Texts } from './i18n';

type FieldName = 'name' | 'email' | 'phone' | 'privacyConsent';
const fieldOrder: FieldName[] = ['name', 'email', 'phone', 'privacyConsent'];

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^[+()\d\s-]*$/;

interface Field {
  input: HTMLInputElement;
  error: HTMLElement;
}

export interface RegistrationForm {
  form: HTMLFormElement;
  /** Call when the form is shown: the fill time counts from here. */
  shown(): void;
}

export function registrationForm(
  activity: PublicActivity,
  idPrefix: string,
  t: Texts,
  api: Api,
  status: HTMLElement,
  onDone: (result: RegistrationResult) => void,
): RegistrationForm {
  let shownAt = Date.now();
  const fields = {} as Record<FieldName, Field>;

  const textField = (name: Exclude<FieldName, 'privacyConsent'>, label: string, type: string, autocomplete: string, required: boolean) => {
    const id = `${idPrefix}-${name}`;
    const input = h('input', {
      id,
      name,
      type,
      autocomplete,
      class: 'koers-input',
      required,
      'aria-required': required ? 'true' : null,
      'aria-describedby': `${id}-error`,
      maxlength: name === 'phone' ? 40 : name === 'email' ? 254 : 200,
      inputmode: name === 'phone' ? 'tel' : null,
    });
    const error = h('p', { id: `${id}-error`, class: 'koers-error' });
    fields[name] = { input, error };
    return h('div', { class: 'koers-field' }, [h('label', { for: id, class: 'koers-label' }, [label, required ? h('span', { class: 'koers-required' }, [` (${t.required.toLowerCase()})`]) : null]), input, error]);
  };

  const consentId = `${idPrefix}-consent`;
  const consent = h('input', { id: consentId, name: 'privacyConsent', type: 'checkbox', required: true, 'aria-describedby': `${consentId}-error` });
  const consentError = h('p', { id: `${consentId}-error`, class: 'koers-error' });
  fields.privacyConsent = { input: consent, error: consentError };

  // Off-screen, out of the tab order and hidden from assistive tech: only bots fill it.
  const honeypot = h('input', { id: `${idPrefix}-website`, name: 'website', type: 'text', tabindex: -1, autocomplete: 'off' });
  const honeypotWrapper = h('div', { class: 'koers-hp', 'aria-hidden': 'true', style: 'position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden' }, [
    h('label', { for: `${idPrefix}-website` }, [t.honeypot]),
    honeypot,
  ]);

  const submit = h('button', { type: 'submit', class: 'koers-button' }, [t.submit]);
  const form = h('form', { id: `${idPrefix}-form`, class: 'koers-form', novalidate: true, hidden: true, 'aria-label': t.registerFor(activity.title) }, [
    textField('name', t.name, 'text', 'name', true),
    textField('email', t.email, 'email', 'email', true),
    textField('phone', t.phone, 'tel', 'tel', false),
    h('div', { class: 'koers-field' }, [h('div', { class: 'koers-check' }, [consent, h('label', { for: consentId }, [t.consent])]), consentError]),
    honeypotWrapper,
    h('div', {}, [submit]),
  ]);

  function showErrors(problems: Partial<Record<FieldName, string>>): void {
    let first: HTMLInputElement | null = null;
    for (const name of fieldOrder) {
      const { input, error } = fields[name];
      const message = problems[name];
      error.textContent = message ?? '';
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        first ??= input;
      } else {
        input.removeAttribute('aria-invalid');
      }
    }
    const count = Object.values(problems).filter(Boolean).length;
    setStatus(count > 0 ? t.checkFields(count) : '', 'error');
    first?.focus();
  }

  function setStatus(message: string, tone: 'success' | 'error' | 'info'): void {
    status.dataset.tone = tone;
    status.textContent = message;
  }

  function validate(): Partial<Record<FieldName, string>> {
    const problems: Partial<Record<FieldName, string>> = {};
    const name = fields.name.input.value.trim();
    const email = fields.email.input.value.trim();
    const phone = fields.phone.input.value.trim();
    if (!name || name.length > 200) problems.name = t.errors.name;
    if (!emailPattern.test(email)) problems.email = t.errors.email;
    if (phone && !phonePattern.test(phone)) problems.phone = t.errors.phone;
    if (!consent.checked) problems.privacyConsent = t.errors.privacyConsent;
    return problems;
  }

  function fromServer(problems: FieldProblem[]): Partial<Record<FieldName, string>> {
    const mapped: Partial<Record<FieldName, string>> = {};
    for (const problem of problems) {
      const field = fieldOrder.find((name) => name === problem.field);
      if (field) mapped[field] = t.errors[field];
    }
    return mapped;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const problems = validate();
    showErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const input: PublicRegistrationInput = {
      name: fields.name.input.value.trim(),
      email: fields.email.input.value.trim(),
      phone: fields.phone.input.value.trim() || null,
      privacyConsent: true,
      website: honeypot.value,
      elapsedMs: Math.max(0, Math.round(Date.now() - shownAt)),
    };
    submit.disabled = true;
    submit.textContent = t.sending;
    setStatus(t.sending, 'info');
    void api.register(activity.id, input).then((result) => {
      submit.disabled = false;
      submit.textContent = t.submit;
      switch (result.kind) {
        case 'invalid': {
          const mapped = fromServer(result.problems);
          if (Object.keys(mapped).length > 0) showErrors(mapped);
          else setStatus(t.failed, 'error');
          return;
        }
        case 'registered':
          setStatus(t.registered(activity.title), 'success');
          break;
        case 'already_registered':
          setStatus(t.alreadyRegistered(activity.title), 'success');
          break;
        case 'full':
          setStatus(t.nowFull, 'error');
          break;
        case 'started':
          setStatus(t.started, 'error');
          break;
        case 'refused':
          // A person who was quick (autofill) sends again; the clock restarts now.
          shownAt = Date.now();
          setStatus(t.refused, 'error');
          return;
        case 'rate_limited':
          setStatus(t.tooMany(Math.max(1, Math.ceil(result.retryAfterSeconds / 60))), 'error');
          return;
        case 'failed':
          setStatus(t.failed, 'error');
          return;
      }
      onDone(result);
    });
  });

  return {
    form,
    shown() {
      shownAt = Date.now();
    },
  };
}
