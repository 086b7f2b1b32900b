// `GET /v2/candidates/{id}/interactions`: the contact history, newest first.
import { interactionSchema, toApiInteraction } from '@koers/domain';
import type { ApiResponse } from '../../api/router.js';
import { fromFirestoreData } from '../../lib/firestore.js';
import { services } from '../../setup.js';
import { envelope } from '../api-http.js';
import { keyRoute, type KeyedRequest } from '../key-route.js';
import { maxInteractions, notFound, regionCandidate } from './shared.js';

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

export const listInteractionsRoute = keyRoute('GET', '/v2/candidates/:id/interactions', listInteractionsHandler);
