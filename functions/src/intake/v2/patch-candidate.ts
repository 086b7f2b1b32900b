// `PATCH /v2/candidates/{id}`: only sent fields change, lists are replaced, null clears;
// If-Match refuses a change made on a stale version.
import { apiCandidatePatchSchema, customFieldRecordProblems, idSchema, normalizeEmail, normalizePostcode, type ApiCandidatePatch, type Candidate } from '@koers/domain';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { importedCandidateId } from '../../candidates/pilot-import.js';
import { findRegionCandidate } from '../intake-candidate.js';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { apiError, envelope, headerValue, problemsOf, regionGone } from '../api-http.js';
import { loadIntakeRegion } from '../intake-region.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { notFound, invalid, jsonBody, candidateOf, inRegion, ifMatchVersions } from './shared.js';

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
/** The dossier of the region that has this e-mail address: in the index, or at intake's id for it. */
async function emailHolder(db: Firestore, regionId: string, email: string): Promise<string | null> {
  const indexed = await findRegionCandidate(db, regionId, { email, phone: null });
  if (indexed) return indexed;
  const intakeId = importedCandidateId(regionId, normalizeEmail(email));
  const snapshot = await db.collection('candidates').doc(intakeId).get();
  return snapshot.exists && inRegion(snapshot, regionId) ? intakeId : null;
}

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
  if (patch.email) {
    // One person, one dossier: an address another dossier of the region has stays with that one.
    const owner = await emailHolder(db, region.id, patch.email);
    if (owner && owner !== id) {
      return apiError(409, 'email_taken', 'Another candidate of this region has this e-mail address', [{ field: 'email', code: 'email_taken', message: 'another candidate of this region has this e-mail address' }]);
    }
  }
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

export const patchCandidateRoute = keyRoute('PATCH', '/v2/candidates/:id', patchHandler, { write: true });
