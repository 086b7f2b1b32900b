import { updateMyProfileInputSchema } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { updateMyProfile as update, type UpdateMyProfileResult } from './profile.js';

/** `updateMyProfile({ changes, base })` → `{ changedFields }`: the candidate corrects their profile. */
export const updateMyProfile = onCall(async (request): Promise<UpdateMyProfileResult> => {
  const { uid } = requireAuth(request);
  return update(services(), uid, parseInput(updateMyProfileInputSchema, request.data));
});
