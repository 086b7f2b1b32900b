// Koers' v2 API: the parts of the pilot's v2 that websites and tools use (find, list, read, upsert
// and patch candidates, their interactions), with Koers' English field names (domain/api-v2.ts).
// Everything is scoped to the key's region; a candidate of another region is answered exactly
// like one that does not exist. Writes complete synchronously but answer 202, as the pilot's
// queued writes did, so existing clients keep working.

import type { Route } from '../../api/router.js';
import { addInteractionRoute } from './add-interaction.js';
import { findCandidateRoute } from './find-candidate.js';
import { getCandidateRoute } from './get-candidate.js';
import { schemaRoute } from './get-schema.js';
import { listCandidatesRoute } from './list-candidates.js';
import { listInteractionsRoute } from './list-interactions.js';
import { patchCandidateRoute } from './patch-candidate.js';
import { upsertCandidateRoute } from './upsert-candidate.js';

/** In this order: `/v2/candidates/find` and `/upsert` before `/v2/candidates/:id`, which would take them as ids. */
export const v2Routes: Route[] = [
  schemaRoute,
  listCandidatesRoute,
  findCandidateRoute,
  upsertCandidateRoute,
  getCandidateRoute,
  patchCandidateRoute,
  listInteractionsRoute,
  addInteractionRoute,
];
