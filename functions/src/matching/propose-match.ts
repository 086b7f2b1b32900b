import { proposeMatchInputSchema, type ProposeMatchResult } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { proposeMatch as propose } from './propose.js';

/** `proposeMatch({ regionId, candidateId, schoolId?, vacancyId?, programmeId?, note? })`: introduces a candidate, for staff of the region. */
export const proposeMatch = onCall(async (request): Promise<ProposeMatchResult> => {
  const { uid, token } = requireAuth(request);
  const adviser = { uid, name: typeof token.name === 'string' ? token.name : '', email: typeof token.email === 'string' ? token.email : '' };
  return propose(services(), adviser, parseInput(proposeMatchInputSchema, request.data));
});
