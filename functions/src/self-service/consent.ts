// `setMyConsent`: one consent decision of the candidate, recorded with its time. Withdrawing a
// region takes it out of `regionIds` at once (the index sync then removes the region's entry,
// and the rules no longer let its staff read the dossier); the home region can't be withdrawn
// (the candidate asks for deletion instead). The decision and its audit entry are written in
// one transaction; the candidate trigger sees that entry and adds no second one. Right after a
// withdrawal (and again on a repeated one, which finishes a cleanup that did not run), the
// region and its organisations lose the rest: the matches' personal data, the introductions,
// access to the contact history, the region's threads about the candidate (withdrawRegionAccess).
// Giving consent back does not bring those back.
import { auditIgnoredFields, changedFields, type AuditEntry, type Candidate, type Consent, type SetMyConsentInput } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { syncCandidateView, withoutUndefined } from './candidate-view-sync.js';
import { withdrawRegionAccess } from './consent-withdrawal.js';
import { requireMyCandidateId } from './my-candidate.js';
import { readCandidate, transactionReader } from './view-sources.js';

export interface SetMyConsentResult {
  /** False when the decision was already in effect (a retried call): nothing was written. */
  changed: boolean;
  regionIds: string[];
}

/** What one decision changes in the dossier, and its audit entry; null when already in effect. */
export interface ConsentChange {
  patch: { regionIds: string[]; consent: Consent };
  entry: AuditEntry;
}

function refuse(reason: string, message: string): never {
  throw new HttpsError('failed-precondition', message, { reason });
}

/**
 * The audit entry id of a self-service consent decision: the dossier's new updatedAt, so the
 * candidate trigger, which sees that updatedAt, can tell the change was audited already.
 */
export function consentAuditId(updatedAt: Date): string {
  return `consent-${updatedAt.getTime()}`;
}

/** Applies one decision to the dossier's consent and sharing. Pure; throws on a refused decision. */
export function planConsentChange(candidate: Candidate, input: SetMyConsentInput, actor: string, now: Date): ConsentChange | null {
  const consent = candidate.consent;
  const entry = (changed: string[], from: Record<string, unknown>, to: Record<string, unknown>): AuditEntry => ({
    action: 'consent',
    actor,
    at: now,
    changedFields: changed,
    from,
    to,
  });
  if (input.kind !== 'region') {
    if (consent[input.kind] === input.given) return null;
    return {
      patch: { regionIds: candidate.regionIds, consent: { ...consent, [input.kind]: input.given } },
      entry: entry(['consent'], { [input.kind]: consent[input.kind] }, { [input.kind]: input.given }),
    };
  }

  const { regionId, given } = input;
  const decisions = consent.regions ?? {};
  const withdrawn = consent.withdrawnRegionIds ?? [];
  const shared = candidate.regionIds.includes(regionId);
  if (!given) {
    if (regionId === candidate.homeRegionId) refuse('home_region', 'Your home region keeps your data; ask for deletion instead.');
    if (!shared) {
      if (withdrawn.includes(regionId)) return null;
      refuse('not_shared', 'This region does not have your data.');
    }
    return {
      patch: {
        regionIds: candidate.regionIds.filter((id) => id !== regionId),
        consent: { ...consent, regions: { ...decisions, [regionId]: { given: false, at: now } }, withdrawnRegionIds: [...new Set([...withdrawn, regionId])].sort() },
      },
      entry: entry(['consent', 'regionIds'], { regionId, given: true }, { regionId, given: false }),
    };
  }
  if (shared) return null;
  // Only a region the candidate withdrew from comes back: who else sees the dossier is the regions' decision.
  if (!withdrawn.includes(regionId)) refuse('not_withdrawn', 'Only a region you withdrew your consent from can be given it back.');
  return {
    patch: {
      regionIds: [...candidate.regionIds, regionId],
      consent: { ...consent, regions: { ...decisions, [regionId]: { given: true, at: now } }, withdrawnRegionIds: withdrawn.filter((id) => id !== regionId) },
    },
    entry: entry(['consent', 'regionIds'], { regionId, given: false }, { regionId, given: true }),
  };
}

export async function setMyConsent(services: Services, uid: string, input: SetMyConsentInput): Promise<SetMyConsentResult> {
  const { db } = services;
  const candidateId = await requireMyCandidateId(db, uid);
  const result = await applyConsent(db, candidateId, uid, input, services.now());
  // Before answering, so the region's access is gone when the call returns.
  if (input.kind === 'region' && !input.given) await withdrawRegionAccess(db, candidateId, input.regionId, uid, services.now());
  if (result.changed) await syncCandidateView(db, candidateId, services.now());
  logEvent('self_service.consent_set', { candidateId, kind: input.kind, changed: result.changed, regionId: input.kind === 'region' ? input.regionId : null });
  return result;
}

async function applyConsent(db: Firestore, candidateId: string, uid: string, input: SetMyConsentInput, now: Date): Promise<SetMyConsentResult> {
  const ref = db.collection('candidates').doc(candidateId);
  return db.runTransaction(async (tx) => {
    const candidate = await readCandidate(transactionReader(tx), db, candidateId);
    if (!candidate) throw new HttpsError('not-found', 'Your dossier is gone.', { reason: 'no_candidate' });
    const change = planConsentChange(candidate, input, uid, now);
    if (!change) return { changed: false, regionIds: candidate.regionIds };
    tx.update(ref, withoutUndefined({ ...change.patch, updatedAt: now, updatedBy: uid }));
    tx.set(ref.collection('audit').doc(consentAuditId(now)), change.entry);
    return { changed: true, regionIds: change.patch.regionIds };
  });
}

/**
 * Whether this dossier write is a self-service consent decision that setMyConsent audited
 * itself (its entry is keyed by the write's updatedAt), so the candidate trigger adds none.
 */
export async function consentAuditedBySelfService(
  db: Firestore,
  candidateId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<boolean> {
  if (!before || !after || !(after.updatedAt instanceof Date)) return false;
  const changed = changedFields(before, after).filter((field) => !(auditIgnoredFields as readonly string[]).includes(field));
  if (changed.length === 0 || !changed.every((field) => field === 'consent' || field === 'regionIds')) return false;
  const entry = await db.collection('candidates').doc(candidateId).collection('audit').doc(consentAuditId(after.updatedAt)).get();
  return entry.exists && entry.get('action') === 'consent';
}
