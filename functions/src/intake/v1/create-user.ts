// `POST /v1/create-user`, as the pilot documents it: one candidate in the pilot's Dutch format,
// upserted on e-mail within the key's region.
import { customFieldProblems, fromPilotCandidate, pilotCandidateSchema } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { apiError, problemsOf, readJsonBody, regionGone } from '../api-http.js';
import { intakeCandidate } from '../intake-candidate.js';
import { loadIntakeRegion } from '../intake-region.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';

function reasonOfStatus(status: number): string {
  return status === 415 ? 'unsupported_media_type' : status === 413 ? 'too_large' : 'invalid_json';
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
  const svc = services();
  const region = await loadIntakeRegion(svc.db, request.key.regionId);
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

export const createUserRoute = keyRoute('POST', '/v1/create-user', createUserHandler, { write: true });
