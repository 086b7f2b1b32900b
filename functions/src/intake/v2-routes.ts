// Koers' v2 API: the parts of the pilot's v2 that websites and tools use (find, list, read, upsert
// and patch candidates, their interactions), with Koers' English field names (domain/api-v2.ts).
// Everything is scoped to the key's region; a candidate of another region is answered exactly
// like one that does not exist. Writes complete synchronously but answer 202, as the pilot's
// queued writes did, so existing clients keep working.
import {
  apiCandidateInputSchema,
  apiCandidatePatchSchema,
  apiInteractionInputSchema,
  apiV2JsonSchema,
  candidateSchema,
  customFieldRecordProblems,
  defaultApiInteractionSummary,
  emailSchema,
  fromApiCandidateInput,
  idSchema,
  interactionDate,
  interactionSchema,
  normalizeEmail,
  normalizePostcode,
  phoneDigits,
  toApiCandidate,
  toApiInteraction,
  type ApiCandidatePatch,
  type Candidate,
} from '@koers/domain';
import { FieldPath, FieldValue, type DocumentSnapshot, type Firestore } from 'firebase-admin/firestore';
import type { ApiResponse, Route } from '../api/router.js';
import { importedCandidateId } from '../candidates/pilot-import.js';
import { fromFirestoreData } from '../lib/firestore.js';
import { logError } from '../lib/log.js';
import { services } from '../setup.js';
import { apiError, envelope, headerValue, problemsOf, readJsonBody, type FieldProblemLike } from './api-http.js';
import { findRegionCandidate, intakeCandidate, IntakeError } from './intake-candidate.js';
import { loadIntakeRegion } from './intake-region.js';
import { keyRoute, type KeyedRequest } from './key-route.js';

export const defaultPageSize = 25;
export const maxPageSize = 100;
/** Newest interactions first; a dossier with more is read in the app. */
export const maxInteractions = 100;
const apiAuthorName = 'Website (API)';

function regionGone(): ApiResponse {
  return apiError(401, 'unknown_key', 'The region of this API key no longer exists');
}

function notFound(): ApiResponse {
  return apiError(404, 'not_found', 'No candidate with this id in the region of this API key');
}

function invalid(reason: string, message: string, problems: FieldProblemLike[]): ApiResponse {
  return apiError(400, reason, message, problems);
}

const bodyReasons: Record<number, [string, string]> = {
  415: ['unsupported_media_type', 'Send the body as application/json'],
  413: ['too_large', 'The request body is too large'],
  400: ['invalid_json', 'The request body is not valid JSON'],
};

type Body = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

/** readJsonBody's refusals in the API's error shape. */
function jsonBody(request: KeyedRequest): Body {
  const body = readJsonBody(request);
  if (body.ok) return body;
  const [reason, message] = bodyReasons[body.response.status] ?? ['invalid_body', 'The request body cannot be read'];
  const problems = (body.response.body as { problems?: FieldProblemLike[] } | undefined)?.problems ?? [];
  return { ok: false, response: apiError(body.response.status, reason, message, problems) };
}

function queryText(request: KeyedRequest, name: string): string | undefined {
  const value = request.query[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** A stored dossier as the domain type, or null when it breaks the contract (logged, never shown). */
function candidateOf(snapshot: DocumentSnapshot): Candidate | null {
  const parsed = candidateSchema.safeParse(fromFirestoreData(snapshot.data()));
  if (parsed.success) return parsed.data;
  logError('api.v2.invalid_candidate', { candidateId: snapshot.id, fields: parsed.error.issues.map((issue) => issue.path.join('.')).slice(0, 10) });
  return null;
}

function inRegion(snapshot: DocumentSnapshot, regionId: string): boolean {
  const regionIds: unknown = snapshot.get('regionIds');
  return snapshot.exists && Array.isArray(regionIds) && regionIds.includes(regionId);
}

/** The dossier when it exists and the key's region may see it; otherwise null (one 404 for both). */
async function regionCandidate(db: Firestore, regionId: string, id: string | undefined): Promise<{ id: string; candidate: Candidate } | null> {
  if (!id || !idSchema.safeParse(id).success) return null;
  const snapshot = await db.collection('candidates').doc(id).get();
  if (!inRegion(snapshot, regionId)) return null;
  const candidate = candidateOf(snapshot);
  return candidate ? { id, candidate } : null;
}

/** The version a client sends back in If-Match: the dossier's updatedAt, quoted as an ETag. */
function etagOf(candidate: Pick<Candidate, 'updatedAt'>): string {
  return `"${candidate.updatedAt.toISOString()}"`;
}

/** `If-Match` as a version: the ISO updatedAt, quoted or not (weak forms too); `*` is any. */
function ifMatchVersions(header: string | undefined): string[] | null {
  if (header === undefined || header.trim() === '') return null;
  return header.split(',').map((part) => part.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'));
}

async function schemaHandler(request: KeyedRequest): Promise<ApiResponse> {
  const region = await loadIntakeRegion(services().db, request.key.regionId);
  if (!region) return regionGone();
  return envelope(200, 'OK', apiV2JsonSchema(), { regionCustomFields: region.settings.customFields });
}

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

async function getHandler(request: KeyedRequest): Promise<ApiResponse> {
  const found = await regionCandidate(services().db, request.key.regionId, request.params.id);
  if (!found) return notFound();
  return envelope(200, 'OK', toApiCandidate(found.id, found.candidate), null, { ETag: etagOf(found.candidate) });
}

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

const nullableProfileFields = ['linkedin', 'birthDate', 'address', 'place', 'motivation', 'priorEducation', 'notes'] as const;
const listFields = ['sectors', 'functions', 'qualifications', 'subjects'] as const;

/** The Firestore update for a patch: sent fields only, lists replaced, null cleared. */
function patchUpdate(patch: ApiCandidatePatch, existing: Candidate, actor: string, at: Date): Record<string, unknown> {
  const update: Record<string, unknown> = {};
  if (patch.name !== undefined) update.name = patch.name;
  if (patch.email !== undefined) update.email = patch.email === null ? null : normalizeEmail(patch.email);
  if (patch.phone !== undefined) update.phone = patch.phone?.trim() || null;
  if (patch.postcode !== undefined) update.postcode = patch.postcode === null ? null : normalizePostcode(patch.postcode);
  for (const field of nullableProfileFields) if (patch[field] !== undefined) update[field] = patch[field];
  for (const field of listFields) if (patch[field] !== undefined) update[field] = [...new Set(patch[field] ?? [])];
  if (patch.phase !== undefined && patch.phase !== existing.phase) {
    update.phase = patch.phase;
    update.phaseSince = at;
  }
  if (patch.status !== undefined && patch.status !== existing.status) {
    update.status = patch.status;
    // The app asks an adviser for the reason; the API knows none, so `other` (as intake does).
    update.exitReason = patch.status === 'exited' ? (existing.exitReason ?? 'other') : null;
  }
  // Names are safe as dotted paths: only the region's defined names ([a-z0-9_]) get this far.
  for (const [name, value] of Object.entries(patch.customFields ?? {})) update[`customFields.${name}`] = value === null ? FieldValue.delete() : value;
  return { ...update, updatedAt: at, updatedBy: actor };
}

/**
 * 202 with `{ id, updatedAt }`. Optional `If-Match: "<updatedAt>"` (from GET's ETag or the
 * candidate's updatedAt): 412 when the candidate changed since. The read and the write share a
 * transaction, so a concurrent edit is never lost: the later one is retried on top of the other.
 */
async function patchHandler(request: KeyedRequest): Promise<ApiResponse> {
  const body = jsonBody(request);
  if (!body.ok) return body.response;
  const parsed = apiCandidatePatchSchema.safeParse(body.value);
  if (!parsed.success) return invalid('invalid_body', 'The changes have invalid or unknown fields', problemsOf(parsed.error.issues));
  const patch = parsed.data;
  const { db, now } = services();
  const region = await loadIntakeRegion(db, request.key.regionId);
  if (!region) return regionGone();
  if (patch.customFields) {
    const problems = customFieldRecordProblems(region.settings.customFields, patch.customFields, { creating: false });
    if (problems.length > 0) return invalid('invalid_custom_fields', 'The custom fields do not match this region', problems);
  }
  const id = request.params.id;
  if (!id || !idSchema.safeParse(id).success) return notFound();
  const versions = ifMatchVersions(headerValue(request.headers, 'if-match'));
  const ref = db.collection('candidates').doc(id);
  const outcome = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!inRegion(snapshot, region.id)) return { kind: 'not_found' as const };
    const existing = candidateOf(snapshot);
    if (!existing) return { kind: 'not_found' as const };
    const current = existing.updatedAt.toISOString();
    if (versions && !versions.includes('*') && !versions.includes(current)) return { kind: 'changed' as const, current };
    const at = now();
    tx.update(ref, patchUpdate(patch, existing, `api:${request.key.keyId}`, at));
    return { kind: 'updated' as const, updatedAt: at.toISOString() };
  });
  if (outcome.kind === 'not_found') return notFound();
  if (outcome.kind === 'changed') {
    return apiError(412, 'precondition_failed', 'The candidate changed since the version in If-Match; read it again', [{ field: 'If-Match', code: 'stale_version', message: `current version: ${outcome.current}` }], { ETag: `"${outcome.current}"` });
  }
  return envelope(202, 'Candidate updated', { id, updatedAt: outcome.updatedAt }, null, { ETag: `"${outcome.updatedAt}"` });
}

async function listInteractionsHandler(request: KeyedRequest): Promise<ApiResponse> {
  const { db } = services();
  const found = await regionCandidate(db, request.key.regionId, request.params.id);
  if (!found) return notFound();
  const snapshot = await db.collection('candidates').doc(found.id).collection('interactions').orderBy('performedAt', 'desc').limit(maxInteractions).get();
  const data = snapshot.docs.flatMap((doc) => {
    const interaction = interactionSchema.safeParse(fromFirestoreData(doc.data()));
    return interaction.success ? [toApiInteraction(doc.id, interaction.data)] : [];
  });
  return envelope(200, 'OK', data, { count: data.length, limit: maxInteractions });
}

/** 202 with `{ id }`; the dossier's lastContactAt moves forward when this contact is later. */
async function addInteractionHandler(request: KeyedRequest): Promise<ApiResponse> {
  const body = jsonBody(request);
  if (!body.ok) return body.response;
  const parsed = apiInteractionInputSchema.safeParse(body.value);
  if (!parsed.success) return invalid('invalid_body', 'The interaction has invalid or unknown fields', problemsOf(parsed.error.issues));
  const { db, now } = services();
  const regionId = request.key.regionId;
  const id = request.params.id;
  if (!id || !idSchema.safeParse(id).success) return notFound();
  const ref = db.collection('candidates').doc(id);
  const actor = `api:${request.key.keyId}`;
  const performedAt = interactionDate(parsed.data.performedAt);
  const interactionId = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!inRegion(snapshot, regionId)) return null;
    const at = now();
    const interactionRef = ref.collection('interactions').doc();
    tx.create(
      interactionRef,
      interactionSchema.parse({
        kind: parsed.data.type,
        summary: parsed.data.summary ?? defaultApiInteractionSummary,
        notes: parsed.data.notes || null,
        performedAt,
        durationMinutes: parsed.data.durationMinutes ?? null,
        regionId,
        organisationId: null,
        authorUid: actor,
        authorName: apiAuthorName,
        createdAt: at,
      }),
    );
    const last = snapshot.get('lastContactAt') as { toDate(): Date } | null | undefined;
    if (!last || last.toDate() < performedAt) tx.update(ref, { lastContactAt: performedAt, updatedAt: at, updatedBy: actor });
    return interactionRef.id;
  });
  if (!interactionId) return notFound();
  return envelope(202, 'Interaction added', { id: interactionId });
}

export const v2Routes: Route[] = [
  keyRoute('GET', '/v2/schema', schemaHandler),
  keyRoute('GET', '/v2/candidates', listHandler),
  // Before `/v2/candidates/:id`, which would otherwise take "find" and "upsert" as ids.
  keyRoute('GET', '/v2/candidates/find', findHandler),
  keyRoute('POST', '/v2/candidates/upsert', upsertHandler, { write: true }),
  keyRoute('GET', '/v2/candidates/:id', getHandler),
  keyRoute('PATCH', '/v2/candidates/:id', patchHandler, { write: true }),
  keyRoute('GET', '/v2/candidates/:id/interactions', listInteractionsHandler),
  keyRoute('POST', '/v2/candidates/:id/interactions', addInteractionHandler, { write: true }),
];
