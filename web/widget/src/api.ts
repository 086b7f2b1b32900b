// Calls to the public offer API (`/api/public/v1/...` on the Koers host the script came from).
import type { ContactFormInput, FieldProblem, PublicActivityList, PublicContactForm, PublicRegistrationInput, PublicVacancyList } from '@koers/domain';

export interface Api {
  activities(): Promise<PublicActivityList>;
  vacancies(): Promise<PublicVacancyList>;
  register(activityId: string, input: PublicRegistrationInput): Promise<RegistrationResult>;
  contactForm(): Promise<PublicContactForm>;
  contact(input: ContactFormInput): Promise<ContactResult>;
}

export type ContactResult =
  | { kind: 'received' | 'refused' | 'forbidden' | 'failed' }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export interface ApiOptions {
  /** The site that frames Koers' own iframe page, if that is where the widget runs. */
  embedder?: string | null;
}

export type RegistrationResult =
  | { kind: 'registered' | 'already_registered' | 'full' | 'started' | 'refused' | 'failed' }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export function createApi(apiBase: string, regionId: string, options: ApiOptions = {}): Api {
  const regionUrl = `${apiBase.replace(/\/+$/, '')}/public/v1/regions/${encodeURIComponent(regionId)}`;

  async function getJson<T>(path: string): Promise<T> {
    const response = await fetch(`${regionUrl}/${path}`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  async function post(path: string, input: unknown): Promise<{ response: Response; body: { reason?: string; problems?: FieldProblem[] } } | null> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.embedder) headers['x-koers-embedder'] = options.embedder;
    try {
      const response = await fetch(`${regionUrl}/${path}`, { method: 'POST', headers, body: JSON.stringify(input) });
      return { response, body: (await response.json().catch(() => ({}))) as { reason?: string; problems?: FieldProblem[] } };
    } catch {
      return null;
    }
  }

  return {
    activities: () => getJson<PublicActivityList>('activities'),
    vacancies: () => getJson<PublicVacancyList>('vacancies'),
    async register(activityId, input) {
      const sent = await post(`activities/${encodeURIComponent(activityId)}/registrations`, input);
      if (!sent) return { kind: 'failed' };
      const { response, body } = sent;
      switch (response.status) {
        case 201:
          return { kind: 'registered' };
        case 200:
          return { kind: 'already_registered' };
        case 400:
          return { kind: 'invalid', problems: body.problems ?? [] };
        case 409:
          return { kind: body.reason === 'started' ? 'started' : 'full' };
        case 422:
          return { kind: 'refused' };
        case 429:
          return { kind: 'rate_limited', retryAfterSeconds: Number(response.headers.get('retry-after')) || 600 };
        default:
          return { kind: 'failed' };
      }
    },
    contactForm: () => getJson<PublicContactForm>('contact-form'),
    async contact(input) {
      const sent = await post('contact', input);
      if (!sent) return { kind: 'failed' };
      const { response, body } = sent;
      switch (response.status) {
        case 201:
          return { kind: 'received' };
        case 400:
          return { kind: 'invalid', problems: body.problems ?? [] };
        case 403:
          return { kind: 'forbidden' };
        case 422:
          return { kind: 'refused' };
        case 429:
          return { kind: 'rate_limited', retryAfterSeconds: Number(response.headers.get('retry-after')) || 600 };
        default:
          return { kind: 'failed' };
      }
    },
  };
}
