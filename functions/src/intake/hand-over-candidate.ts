import { handOverCandidateInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { handOverCandidate as handOver, type HandOverResult } from './hand-over.js';

/** `handOverCandidate({ candidateId, action })`: moves a dossier to the region its place lies in, or dismisses the suggestion. */
export const handOverCandidate = onCall(async (request): Promise<HandOverResult> => {
  const { uid } = requireAuth(request);
  return handOver(services(), uid, parseInput(handOverCandidateInputSchema, request.data));
});
