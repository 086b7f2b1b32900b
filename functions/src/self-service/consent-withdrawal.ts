// After a withdrawal of consent for a region, takes from that region and its organisations what
// they still hold of the candidate (planConsentWithdrawal in @koers/domain): their matches lose
// the personal data and end as withdrawn, the introductions go, the organisations leave
// `introducedOrganisationIds`, and the region's threads about the candidate go whole. The dossier writes
// are one transaction, so they all go at once; the threads (messages, typing entries and the
// participants' notifications: eraseThread, exactly as the erasure takes them) right after it,
// before the call returns, as a recursive delete can't run inside a transaction. Planned from the
// current state, so a retried or repeated withdrawal finishes a cleanup that did not run. The match
// writes reach the region's figures (onMatchAggregated) and the candidate's view as any match
// change does; deleting an introduction has no effects (onIntroductionWritten skips deletions).
//
// Written here rather than through updateMatchStatus' path (a status written into the
// introduction, carried to the match by onIntroductionWritten): that path runs after the call
// returns, needs the introduction to stay, and notifies the adviser with the candidate's name.
import { consentWithdrawalAuditId, matchSchema, planConsentWithdrawal, type Match } from '@koers/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { logEvent } from '../lib/log.js';
import { eraseThread } from '../messaging/erase-thread.js';
import { runContendedTransaction } from '../lib/transaction.js';
import { parseStored, readCandidate, transactionReader } from './view-sources.js';

export type ConsentWithdrawalOutcome = 'applied' | 'nothing_left' | 'not_withdrawn' | 'no_candidate';

interface Result {
  outcome: ConsentWithdrawalOutcome;
  matches: number;
  introductions: number;
  threadIds: string[];
}

const nothing = (outcome: ConsentWithdrawalOutcome): Result => ({ outcome, matches: 0, introductions: 0, threadIds: [] });

export async function withdrawRegionAccess(db: Firestore, candidateId: string, regionId: string, actor: string, now: Date): Promise<ConsentWithdrawalOutcome> {
  const regions = db.collection('regions');
  const candidateRef = db.collection('candidates').doc(candidateId);
  const result = await runContendedTransaction(db, async (tx): Promise<Result> => {
    const candidate = await readCandidate(transactionReader(tx), db, candidateId);
    if (!candidate) return nothing('no_candidate');
    // Consent given back meanwhile: the region keeps what it has again.
    if (candidate.regionIds.includes(regionId) || !(candidate.consent.withdrawnRegionIds ?? []).includes(regionId)) return nothing('not_withdrawn');

    const matchesOf = async (region: string) =>
      (await tx.get(regions.doc(region).collection('matches').where('candidateId', '==', candidateId))).docs.flatMap((doc) => {
        const match = parseStored(matchSchema, doc, 'self_service.invalid_match');
        return match ? [{ id: doc.id, match }] : [];
      });
    const matches = await matchesOf(regionId);
    const elsewhere: Match[] = (await Promise.all(candidate.regionIds.map(matchesOf))).flat().map(({ match }) => match);
    const introductionRefs = matches.map(({ id, match }) => regions.doc(regionId).collection('organisations').doc(match.organisationId).collection('introductions').doc(id));
    const introductionSnaps = introductionRefs.length > 0 ? await tx.getAll(...introductionRefs) : [];
    // No new ones can start: startThread refuses a candidate outside the thread's region.
    const threads = await tx.get(db.collection('threads').where('candidateId', '==', candidateId).where('regionId', '==', regionId));

    const plan = planConsentWithdrawal({
      regionId,
      matches,
      introductions: matches.filter((_, i) => introductionSnaps[i]?.exists).map(({ id, match }) => ({ organisationId: match.organisationId, matchId: id })),
      introducedOrganisationIds: candidate.introducedOrganisationIds,
      organisationIdsStillIntroduced: elsewhere.map((match) => match.organisationId),
      threadIds: threads.docs.map((thread) => thread.id),
      actor,
      now,
    });
    if (!plan.entry) return nothing('nothing_left');
    for (const { id, patch } of plan.matches) tx.update(regions.doc(regionId).collection('matches').doc(id), { ...patch });
    for (const { organisationId, matchId } of plan.introductions) {
      tx.delete(regions.doc(regionId).collection('organisations').doc(organisationId).collection('introductions').doc(matchId));
    }
    // The candidate trigger leaves introducedOrganisationIds to the function that changes it: audited here.
    if (plan.introducedOrganisationIds) tx.update(candidateRef, { introducedOrganisationIds: plan.introducedOrganisationIds, updatedAt: now, updatedBy: actor });
    tx.set(candidateRef.collection('audit').doc(consentWithdrawalAuditId(regionId, now)), plan.entry);
    return { outcome: 'applied', matches: plan.matches.length, introductions: plan.introductions.length, threadIds: plan.threads };
  });
  // Read again outside the transaction: the participants the notifications are found by may have grown since.
  const threadRefs = result.threadIds.map((id) => db.collection('threads').doc(id));
  const threads = threadRefs.length > 0 ? await db.getAll(...threadRefs) : [];
  for (const thread of threads) if (thread.exists) await eraseThread(db, thread);
  const { threadIds, ...counts } = result;
  logEvent('self_service.consent_withdrawal_applied', { candidateId, regionId, ...counts, threads: threadIds.length });
  return result.outcome;
}
