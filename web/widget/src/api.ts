// Calls to the public offer API (`/api/public/v1/...` on the Koers host the script came from).
import type { FieldProblem, PublicActivityList, PublicRegistrationInput, PublicVacancyList } from '@koers/domain';

export interface Api {
  activities(): Promise<PublicActivityList>;
  vacancies(): Promise<PublicVacancyList>;
  register(activityId: string, input: PublicRegistrationInput): Promise<RegistrationResult>;
}

export type RegistrationResult =
  | { kind: 'registered' | 'already_registered' | 'full' | 'started' | 'refused' | 'failed' }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export function createApi(apiBase: string, regionId: string): Api {
  const regionUrl = `${apiBase.replace(/\/+$/, '')}/public/v1/regions/${encodeURIComponent(regionId)}`;

  async function getJson<T>(path: string): Promise<T> {
    const response = await fetch(`${regionUrl}/${path}`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  return {
    activities: () => getJson<PublicActivityList>('activities'),
    vacancies: () => getJson<PublicVacancyList>('vacancies'),
    async register(activityId, input) {
      let response: Response;
      try {
        response = await fetch(`${regionUrl}/activities/${encodeURIComponent(activityId)}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(input),
        });
      } catch {
        return { kind: 'failed' };
      }
      const body = (await response.json().catch(() => ({}))) as { reason?: string; problems?: FieldProblem[] };
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
  };
}
