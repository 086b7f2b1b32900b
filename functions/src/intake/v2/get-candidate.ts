// `GET /v2/candidates/{id}`: one candidate of the key's region, its version as ETag.
import { toApiCandidate } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { envelope } from '../api-http.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { notFound, regionCandidate, etagOf } from './shared.js';

async function getHandler(request: KeyedRequest): Promise<ApiResponse> {
  const found = await regionCandidate(services().db, request.key.regionId, request.params.id);
  if (!found) return notFound();
  return envelope(200, 'OK', toApiCandidate(found.id, found.candidate), null, { ETag: etagOf(found.candidate) });
}

export const getCandidateRoute = keyRoute('GET', '/v2/candidates/:id', getHandler);
