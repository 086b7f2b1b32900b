// `GET /v2/candidates?pageSize=&cursor=`: the key region's candidates by id, a page at a time.
import { idSchema, toApiCandidate } from '@koers/domain';
import { FieldPath } from 'firebase-admin/firestore';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { envelope } from '../api-http.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { defaultPageSize, maxPageSize, invalid, queryText, candidateOf } from './shared.js';

/** The key's region's own candidates (home region), by id: stable pages while others are added. */
async function listHandler(request: KeyedRequest): Promise<ApiResponse> {
  const rawSize = queryText(request, 'pageSize');
  const pageSize = rawSize === undefined ? defaultPageSize : /^\d{1,3}$/.test(rawSize) ? Number(rawSize) : NaN;
  if (!(pageSize >= 1 && pageSize <= maxPageSize)) {
    return invalid('invalid_query', 'pageSize must be a whole number from 1 to 100', [{ field: 'pageSize', code: 'invalid_page_size', message: `1 to ${maxPageSize}` }]);
  }
  const cursor = queryText(request, 'cursor');
  if (cursor !== undefined && !idSchema.safeParse(cursor).success) {
    return invalid('invalid_query', 'cursor is not a cursor from an earlier page', [{ field: 'cursor', code: 'invalid_cursor', message: 'use meta.cursor of the previous page' }]);
  }
  let query = services().db.collection('candidates').where('homeRegionId', '==', request.key.regionId).orderBy(FieldPath.documentId()).limit(pageSize + 1);
  if (cursor) query = query.startAfter(cursor);
  const snapshot = await query.get();
  const page = snapshot.docs.slice(0, pageSize);
  const more = snapshot.docs.length > pageSize;
  const data = page.flatMap((doc) => {
    const candidate = candidateOf(doc);
    return candidate ? [toApiCandidate(doc.id, candidate)] : [];
  });
  return envelope(200, 'OK', data, { cursor: more ? (page.at(-1)?.id ?? null) : null, pageSize });
}

export const listCandidatesRoute = keyRoute('GET', '/v2/candidates', listHandler);
