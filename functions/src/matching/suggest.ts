// `suggestMatches`: the best targets for a candidate, or the best candidates for a vacancy or
// programme. Only for the region's coordinators and advisers: they may see both sides (the
// dossier and the offer). Reads the offer snapshot, never the region's offer documents one by one.
import {
  candidateIndexEntrySchema,
  candidateSchema,
  dutchDate,
  rankCandidates,
  type MatchCandidate,
  type SuggestMatchesInput,
  type SuggestMatchesResult,
} from '@koers/domain';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent, logWarning } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { readAccess, requireStaffOf } from './access.js';
import { toCandidateSuggestion, toMatchCandidate } from './match-inputs.js';
import { OfferCache } from './offer-snapshot.js';
import { suggestTargets } from './suggestions.js';

export const defaultSuggestionLimit = 20;

/** What ranking candidates reads of each index entry (not the search keys or contact data). */
const profileFields = ['name', 'phase', 'sectors', 'functions', 'qualifications', 'subjects', 'priorEducation', 'place', 'matchPreferences'] as const;
const indexProfileSchema = candidateIndexEntrySchema.pick(Object.fromEntries(profileFields.map((field) => [field, true])) as Record<(typeof profileFields)[number], true>);

export async function suggestMatches(services: Services, actor: string, input: SuggestMatchesInput): Promise<SuggestMatchesResult> {
  const { db } = services;
  const now = services.now();
  const limit = input.limit ?? defaultSuggestionLimit;
  const [access, dossier] = await Promise.all([
    readAccess(db, actor),
    'candidateId' in input ? db.collection('candidates').doc(input.candidateId).get() : Promise.resolve(null),
  ]);

  if ('candidateId' in input) {
    const staffRegions = access?.staffRegionIds ?? [];
    if (staffRegions.length === 0) throw new HttpsError('permission-denied', 'Only coordinators and advisers see suggestions.', { reason: 'not_allowed' });
    if (!dossier?.exists) throw new HttpsError('not-found', `No dossier ${input.candidateId}.`);
    const candidate = candidateSchema.parse(fromFirestoreData(dossier.data()));
    // Targets of regions that both see the dossier and the caller works for.
    const regionIds = candidate.regionIds.filter((regionId) => staffRegions.includes(regionId));
    if (regionIds.length === 0) throw new HttpsError('permission-denied', 'The dossier is not in one of your regions.', { reason: 'not_allowed' });
    const targets = await new OfferCache(db, now).targetsOf(regionIds);
    const suggestions = suggestTargets(input.candidateId, candidate, targets, now, limit);
    logEvent('matching.suggested_targets', { candidateId: input.candidateId, regions: regionIds, targets: targets.length, suggestions: suggestions.length });
    return { direction: 'targets', candidateId: input.candidateId, suggestions };
  }

  requireStaffOf(access, input.regionId);
  const targets = await new OfferCache(db, now).targets(input.regionId);
  const target = targets.find((item) => item.kind === input.targetKind && item.id === input.targetId);
  if (!target) throw new HttpsError('not-found', `No published ${input.targetKind} ${input.targetId} in ${input.regionId}.`, { reason: 'unknown_target' });
  const index = await db
    .collection('regions')
    .doc(input.regionId)
    .collection('candidateIndex')
    .where('status', '==', 'active')
    .select(...profileFields)
    .get();
  const candidates: MatchCandidate[] = [];
  let invalid = 0;
  for (const doc of index.docs) {
    const parsed = indexProfileSchema.safeParse(fromFirestoreData(doc.data()));
    if (parsed.success) candidates.push(toMatchCandidate(doc.id, parsed.data));
    else invalid += 1;
  }
  if (invalid > 0) logWarning('matching.invalid_index_entries', { regionId: input.regionId, invalid });
  const ranked = rankCandidates(target, candidates, { today: dutchDate(now), limit }).map(toCandidateSuggestion);
  logEvent('matching.suggested_candidates', { regionId: input.regionId, targetKind: input.targetKind, targetId: input.targetId, candidates: candidates.length, suggestions: ranked.length });
  return { direction: 'candidates', targetKind: input.targetKind, targetId: input.targetId, candidates: ranked };
}
