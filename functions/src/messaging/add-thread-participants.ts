import { addThreadParticipantsInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { addThreadParticipants as add } from './add.js';

/** `addThreadParticipants({ threadId, uids, history })` → `{ added }` (new participants only), for staff taking part in the thread. */
export const addThreadParticipants = onCall(async (request): Promise<{ added: string[] }> => {
  const { uid } = requireAuth(request);
  return add(services(), uid, parseInput(addThreadParticipantsInputSchema, request.data));
});
