// `POST /v2/candidates/upsert`: update the candidate with this e-mail (else phone) or create one,
// through the same intake as v1 and the contact form.
import { apiCandidateInputSchema, customFieldRecordProblems, fromApiCandidateInput } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { apiError, envelope, problemsOf, regionGone } from '../api-http.js';
import { intakeCandidate, IntakeError } from '../intake-candidate.js';
import { loadIntakeRegion } from '../intake-region.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { invalid, jsonBody } from './shared.js';

/**
 * 202 with `{ id, created }`; 400 invalid body (each bad field named), 422 privacyConsent false.
 * Matches on e-mail, else phone; concurrent upserts of one new person make one dossier.
 */
async function upsertHandler(request: KeyedRequest): Promise<ApiResponse> {
  const body = jsonBody(request);
  if (!body.ok) return body.response;
  const parsed = apiCandidateInputSchema.safeParse(body.value);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error.issues);
    const consentRefused = problems.length === 1 && problems[0]!.field === 'privacyConsent' && (body.value as { privacyConsent?: unknown } | null)?.privacyConsent === false;
    return consentRefused
      ? apiError(422, 'consent_required', 'privacyConsent must be true to store a candidate', problems)
      : invalid('invalid_body', 'The candidate has invalid or unknown fields', problems);
  }
  const svc = services();
  const region = await loadIntakeRegion(svc.db, request.key.regionId);
  if (!region) return regionGone();
  const customProblems = customFieldRecordProblems(region.settings.customFields, parsed.data.customFields ?? {}, { creating: false });
  if (customProblems.length > 0) return invalid('invalid_custom_fields', 'The custom fields do not match this region', customProblems);
  try {
    const result = await intakeCandidate(svc, {
      regionId: region.id,
      source: 'api',
      candidate: fromApiCandidateInput(parsed.data),
      actor: `api:${request.key.keyId}`,
      matchOn: 'email_or_phone',
    });
    return envelope(202, result.created ? 'Candidate created' : 'Candidate updated', { id: result.candidateId, created: result.created });
  } catch (error) {
    if (!(error instanceof IntakeError)) throw error;
    if (error.reason === 'unknown_region') return regionGone();
    return invalid('invalid_body', error.message, [{ field: 'email', code: 'missing_identity', message: 'send an email or a phone number' }]);
  }
}

export const upsertCandidateRoute = keyRoute('POST', '/v2/candidates/upsert', upsertHandler, { write: true });
