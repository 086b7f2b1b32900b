import { setMyConsentInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { setMyConsent as set, type SetMyConsentResult } from './consent.js';

/** `setMyConsent({ kind, … })` → `{ changed, regionIds }`: one consent decision of the candidate. */
export const setMyConsent = onCall(async (request): Promise<SetMyConsentResult> => {
  const { uid } = requireAuth(request);
  return set(services(), uid, parseInput(setMyConsentInputSchema, request.data));
});
