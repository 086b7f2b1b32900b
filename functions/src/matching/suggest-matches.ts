import { suggestMatchesInputSchema, type SuggestMatchesResult } from '@koers/domain';
import { onCall } from 'firebase-functions/v2/https';
import { parseInput, requireAuth } from '../lib/callable.js';
import { services } from '../setup.js';
import { suggestMatches as suggest } from './suggest.js';

/** `suggestMatches({ candidateId } | { regionId, targetKind, targetId })`: scored suggestions, for staff of the region. */
export const suggestMatches = onCall(async (request): Promise<SuggestMatchesResult> => {
  const { uid } = requireAuth(request);
  return suggest(services(), uid, parseInput(suggestMatchesInputSchema, request.data));
});
