// `GET /v2/candidates/find?email=|phone=`: e-mail ignoring case, phone on digits; e-mail wins.
import { emailSchema, normalizeEmail, phoneDigits, toApiCandidate } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { importedCandidateId } from '../../candidates/pilot-import.js';
import { services } from '../../setup.js';
import { apiError, envelope } from '../api-http.js';
import { findRegionCandidate } from '../intake-candidate.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { invalid, queryText, regionCandidate, etagOf } from './shared.js';

/**
 * By e-mail (ignoring case) or phone (digits only); e-mail wins when both are sent. Looks in the
 * region's candidate index (dossiers made anywhere), then at the id intake gives an e-mail, so a
 * candidate is found right after its upsert, before the index has caught up.
 */
async function findHandler(request: KeyedRequest): Promise<ApiResponse> {
  const { db } = services();
  const regionId = request.key.regionId;
  const rawEmail = queryText(request, 'email')?.trim();
  const rawPhone = queryText(request, 'phone')?.trim();
  let identity: { email: string | null; phone: string | null };
  if (rawEmail) {
    if (!emailSchema.safeParse(rawEmail).success) return invalid('invalid_query', 'email is not an e-mail address', [{ field: 'email', code: 'invalid_email', message: 'not an e-mail address' }]);
    identity = { email: normalizeEmail(rawEmail), phone: null };
  } else if (rawPhone) {
    if (phoneDigits(rawPhone).length < 6) return invalid('invalid_query', 'phone needs at least 6 digits', [{ field: 'phone', code: 'invalid_phone', message: 'at least 6 digits' }]);
    identity = { email: null, phone: rawPhone };
  } else {
    return invalid('invalid_query', 'Send email or phone', [{ field: 'email', code: 'missing_query', message: 'send email or phone' }]);
  }
  const indexed = await findRegionCandidate(db, regionId, identity);
  const found = await regionCandidate(db, regionId, indexed ?? (identity.email ? importedCandidateId(regionId, identity.email) : undefined));
  const matches =
    found !== null &&
    (identity.email ? found.candidate.email !== null && normalizeEmail(found.candidate.email) === identity.email : found.candidate.phone !== null && phoneDigits(found.candidate.phone) === phoneDigits(identity.phone!));
  if (!found || !matches) return apiError(404, 'not_found', 'No candidate with this e-mail or phone in the region of this API key');
  return envelope(200, 'OK', toApiCandidate(found.id, found.candidate), null, { ETag: etagOf(found.candidate) });
}

export const findCandidateRoute = keyRoute('GET', '/v2/candidates/find', findHandler);
