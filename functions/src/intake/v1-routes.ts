// The pilot's v1 API, unchanged for the websites that call it: `GET /v1/schema` and
// `POST /v1/create-user` (Dutch field names and values, upsert on e-mail within the key's
// region). Regions switch by changing only the base URL and the key.
import { customFieldProblems, fromPilotCandidate, pilotCandidateSchema, pilotSchemaFor } from '@koers/domain';
import type { ApiResponse, Route } from '../api/router.js';
import { services } from '../setup.js';
import { apiError, problemsOf, readJsonBody } from './api-http.js';
import { intakeCandidate } from './intake-candidate.js';
import { loadIntakeRegion } from './intake-region.js';
import { keyRoute, type KeyedRequest } from './key-route.js';

function regionGone(): ApiResponse {
  return apiError(401, 'unknown_key', 'The region of this API key no longer exists');
}

async function schemaHandler(request: KeyedRequest): Promise<ApiResponse> {
  const region = await loadIntakeRegion(services().db, request.key.regionId);
  if (!region) return regionGone();
  return { status: 200, body: { statusCode: 200, message: 'OK', data: pilotSchemaFor(region.settings.customFields) } };
}

/**
 * 201 created, 200 updated (the same e-mail again), 400 invalid body (each bad field named),
 * 422 privacy_consent not true; nothing is written unless the whole body is valid.
 */
async function createUserHandler(request: KeyedRequest): Promise<ApiResponse> {
  const body = readJsonBody(request);
  if (!body.ok) return { ...body.response, body: { ...(body.response.body as object), reason: reasonOfStatus(body.response.status), data: null, meta: null } };
  const parsed = pilotCandidateSchema.safeParse(body.value);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error.issues);
    const onlyConsent = problems.length === 1 && problems[0]!.field === 'privacy_consent' && (body.value as { privacy_consent?: unknown } | null)?.privacy_consent === false;
    return onlyConsent
      ? apiError(422, 'consent_required', 'privacy_consent must be true to store a candidate', problems)
      : apiError(400, 'invalid_body', 'The candidate has invalid or unknown fields', problems);
  }
  const { services: svc, region } = await withRegion(request);
  if (!region) return regionGone();
  const customProblems = customFieldProblems(region.settings.customFields, parsed.data.custom_fields ?? [], { creating: false });
  if (customProblems.length > 0) return apiError(400, 'invalid_custom_fields', 'The custom fields do not match this region', customProblems);
  const result = await intakeCandidate(svc, {
    regionId: region.id,
    source: 'api',
    candidate: fromPilotCandidate(parsed.data),
    actor: `api:${request.key.keyId}`,
    matchOn: 'email',
  });
  const status = result.created ? 201 : 200;
  return { status, body: { statusCode: status, message: result.created ? 'Candidate created' : 'Candidate updated', data: { id: result.candidateId, created: result.created } } };
}

function reasonOfStatus(status: number): string {
  return status === 415 ? 'unsupported_media_type' : status === 413 ? 'too_large' : 'invalid_json';
}

async function withRegion(request: KeyedRequest) {
  const svc = services();
  return { services: svc, region: await loadIntakeRegion(svc.db, request.key.regionId) };
}

export const v1Routes: Route[] = [
  keyRoute('GET', '/v1/schema', schemaHandler),
  keyRoute('POST', '/v1/create-user', createUserHandler, { write: true }),
];
