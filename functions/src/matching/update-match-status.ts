import { updateMatchStatusInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { updateMatchStatus as update, type UpdateMatchStatusResult } from './update-status.js';

/** `updateMatchStatus({ regionId, matchId, status, expectedStatus, note?, plannedAt? })`: the adviser records a step or withdraws. */
export const updateMatchStatus = onCall(async (request): Promise<UpdateMatchStatusResult> => {
  const { uid } = requireAuth(request);
  return update(services(), uid, parseInput(updateMatchStatusInputSchema, request.data));
});
