// `POST /v2/candidates/{id}/interactions`: one contact moment (type and performedAt required).
import { apiInteractionInputSchema, defaultApiInteractionSummary, idSchema, interactionDate, interactionSchema } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { services } from '../../setup.js';
import { envelope, problemsOf } from '../api-http.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { apiAuthorName, notFound, invalid, jsonBody, inRegion } from './shared.js';

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

export const addInteractionRoute = keyRoute('POST', '/v2/candidates/:id/interactions', addInteractionHandler, { write: true });
