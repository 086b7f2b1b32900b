// What the v2 endpoints share: the region-scoped candidate lookup (another region's candidate
// is answered exactly like a missing one), versions for If-Match, and the standard refusals.
import { candidateSchema, idSchema, type Candidate } from '@koers/domain';
import { type DocumentSnapshot, type Firestore } from 'firebase-admin/firestore';
import type { ApiResponse } from '../../api/router.js';
import { fromFirestoreData } from '../../lib/firestore.js';
import { logError } from '../../lib/log.js';
import { apiError, readJsonBody, type FieldProblemLike } from '../api-http.js';
import { type KeyedRequest } from '../key-route.js';

export const defaultPageSize = 25;
export const maxPageSize = 100;
/** Newest interactions first; a dossier with more is read in the app. */
export const maxInteractions = 100;
export const apiAuthorName = 'Website (API)';

export function notFound(): ApiResponse {
  return apiError(404, 'not_found', 'No candidate with this id in the region of this API key');
}

export function invalid(reason: string, message: string, problems: FieldProblemLike[]): ApiResponse {
  return apiError(400, reason, message, problems);
}

const bodyReasons: Record<number, [string, string]> = {
  415: ['unsupported_media_type', 'Send the body as application/json'],
  413: ['too_large', 'The request body is too large'],
  400: ['invalid_json', 'The request body is not valid JSON'],
};

export type Body = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

/** readJsonBody's refusals in the API's error shape. */
export function jsonBody(request: KeyedRequest): Body {
  const body = readJsonBody(request);
  if (body.ok) return body;
  const [reason, message] = bodyReasons[body.response.status] ?? ['invalid_body', 'The request body cannot be read'];
  const problems = (body.response.body as { problems?: FieldProblemLike[] } | undefined)?.problems ?? [];
  return { ok: false, response: apiError(body.response.status, reason, message, problems) };
}

export function queryText(request: KeyedRequest, name: string): string | undefined {
  const value = request.query[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** A stored dossier as the domain type, or null when it breaks the contract (logged, never shown). */
export function candidateOf(snapshot: DocumentSnapshot): Candidate | null {
  const parsed = candidateSchema.safeParse(fromFirestoreData(snapshot.data()));
  if (parsed.success) return parsed.data;
  logError('api.v2.invalid_candidate', { candidateId: snapshot.id, fields: parsed.error.issues.map((issue) => issue.path.join('.')).slice(0, 10) });
  return null;
}

export function inRegion(snapshot: DocumentSnapshot, regionId: string): boolean {
  const regionIds: unknown = snapshot.get('regionIds');
  return snapshot.exists && Array.isArray(regionIds) && regionIds.includes(regionId);
}

/** The dossier when it exists and the key's region may see it; otherwise null (one 404 for both). */
export async function regionCandidate(db: Firestore, regionId: string, id: string | undefined): Promise<{ id: string; candidate: Candidate } | null> {
  if (!id || !idSchema.safeParse(id).success) return null;
  const snapshot = await db.collection('candidates').doc(id).get();
  if (!inRegion(snapshot, regionId)) return null;
  const candidate = candidateOf(snapshot);
  return candidate ? { id, candidate } : null;
}

/** The version a client sends back in If-Match: the dossier's updatedAt, quoted as an ETag. */
export function etagOf(candidate: Pick<Candidate, 'updatedAt'>): string {
  return `"${candidate.updatedAt.toISOString()}"`;
}

/** `If-Match` as a version: the ISO updatedAt, quoted or not (weak forms too); `*` is any. */
export function ifMatchVersions(header: string | undefined): string[] | null {
  if (header === undefined || header.trim() === '') return null;
  return header.split(',').map((part) => part.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'));
}
