import { mergeCandidatesInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { mergeCandidates as merge, type MergeResult } from './merge.js';

/** `mergeCandidates({ keepId, mergeId })`: folds a duplicate dossier into the one that stays. */
export const mergeCandidates = onCall(async (request): Promise<MergeResult> => {
  const { uid } = requireAuth(request);
  return merge(services(), uid, parseInput(mergeCandidatesInputSchema, request.data));
});
