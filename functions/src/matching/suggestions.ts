// `candidates/{c}/suggestions/current`: the candidate's best targets, kept fresh by functions
// (clients never write scores). Computed for active candidates only; cleared otherwise.
// Writes are skipped when the items did not change, so refreshes cost reads, not writes.
import { candidateSchema, dutchDate, rankTargets, suggestionSetSchema, type Candidate, type MatchTarget, type Suggestion } from '@koers/domain';
import type { DocumentReference, Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent, logWarning } from '../lib/log.js';
import { toMatchCandidate, toSuggestion } from './match-inputs.js';
import { OfferCache } from './offer-snapshot.js';

/** How many suggestions the stored set keeps. */
export const storedSuggestionLimit = 20;

export function suggestionsRef(db: Firestore, candidateId: string): DocumentReference {
  return db.collection('candidates').doc(candidateId).collection('suggestions').doc('current');
}

/** The best `limit` targets for a candidate, as suggestions. */
export function suggestTargets(candidateId: string, candidate: Candidate, targets: readonly MatchTarget[], now: Date, limit: number): Suggestion[] {
  return rankTargets(toMatchCandidate(candidateId, candidate), targets, { today: dutchDate(now), limit }).map(toSuggestion);
}

export type SuggestionsOutcome = 'written' | 'unchanged' | 'cleared' | 'none';

/** JSON with object keys sorted: Firestore gives map keys back in its own order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

function sameItems(stored: unknown, items: readonly Suggestion[]): boolean {
  return Array.isArray(stored) && canonicalJson(stored) === canonicalJson(items);
}

/** What the candidate's stored set should be now: items for an active dossier, nothing otherwise. */
async function freshItems(candidateId: string, data: unknown, offers: OfferCache, now: Date): Promise<Suggestion[] | null> {
  if (data === undefined) return null;
  const parsed = candidateSchema.safeParse(fromFirestoreData(data));
  if (!parsed.success) {
    logWarning('matching.suggestions_invalid_candidate', { candidateId, fields: parsed.error.issues.map((issue) => issue.path.join('.')) });
    return null;
  }
  const candidate = parsed.data;
  if (candidate.status !== 'active') return null;
  return suggestTargets(candidateId, candidate, await offers.targetsOf(candidate.regionIds), now, storedSuggestionLimit);
}

/** Recomputes one candidate's stored suggestions from the dossier as it is now. */
export async function refreshCandidateSuggestions(db: Firestore, candidateId: string, now: Date, offers = new OfferCache(db, now)): Promise<SuggestionsOutcome> {
  const [dossier, stored] = await Promise.all([db.collection('candidates').doc(candidateId).get(), suggestionsRef(db, candidateId).get()]);
  const items = await freshItems(candidateId, dossier.exists ? dossier.data() : undefined, offers, now);
  if (!items) {
    if (!stored.exists) return 'none';
    await stored.ref.delete();
    return 'cleared';
  }
  if (stored.exists && sameItems(stored.get('items'), items)) return 'unchanged';
  await stored.ref.set(suggestionSetSchema.parse({ items, computedAt: now }));
  return 'written';
}

/** Reads per getAll round trip when a region's candidates are refreshed. */
const batchSize = 100;

/**
 * After a region's offer changed: recomputes the stored suggestions of the region's active
 * candidates (from its candidate index), in batches, writing only the sets that changed.
 */
export async function refreshRegionSuggestions(db: Firestore, regionId: string, now: Date): Promise<Record<SuggestionsOutcome, number>> {
  const counts: Record<SuggestionsOutcome, number> = { written: 0, unchanged: 0, cleared: 0, none: 0 };
  const active = await db.collection('regions').doc(regionId).collection('candidateIndex').where('status', '==', 'active').select().get();
  const ids = active.docs.map((doc) => doc.id);
  const offers = new OfferCache(db, now);
  const writer = db.bulkWriter();
  writer.onWriteError((error) => error.failedAttempts < 5);
  let failures = 0;
  const failed = () => {
    failures += 1;
  };
  for (let start = 0; start < ids.length; start += batchSize) {
    const part = ids.slice(start, start + batchSize);
    const dossiers = await db.getAll(...part.map((id) => db.collection('candidates').doc(id)));
    const stored = await db.getAll(...part.map((id) => suggestionsRef(db, id)));
    for (const [i, candidateId] of part.entries()) {
      const dossier = dossiers[i]!;
      const current = stored[i]!;
      const items = await freshItems(candidateId, dossier.exists ? dossier.data() : undefined, offers, now);
      if (!items) {
        if (current.exists) {
          writer.delete(current.ref).catch(failed);
          counts.cleared += 1;
        } else counts.none += 1;
      } else if (current.exists && sameItems(current.get('items'), items)) {
        counts.unchanged += 1;
      } else {
        writer.set(current.ref, suggestionSetSchema.parse({ items, computedAt: now })).catch(failed);
        counts.written += 1;
      }
    }
  }
  await writer.close();
  // The trigger is retried; a rerun writes only what is still stale.
  if (failures > 0) throw new Error(`${failures} suggestion writes failed in region ${regionId}`);
  logEvent('matching.region_suggestions_refreshed', { regionId, candidates: ids.length, ...counts });
  return counts;
}
