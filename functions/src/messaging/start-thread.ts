import { startThreadInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { startThread as start } from './start.js';

/** `startThread({ regionId, candidateId, includesCandidate, title, participantUids, text? })` → `{ threadId }`, for staff of the region. */
export const startThread = onCall(async (request): Promise<{ threadId: string }> => {
  const { uid } = requireAuth(request);
  return start(services(), uid, parseInput(startThreadInputSchema, request.data));
});
