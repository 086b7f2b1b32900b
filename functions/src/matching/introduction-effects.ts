// The one code path for what a match's status change brings about. The introduction is where a
// status changes (the organisation's staff write it; `updateMatchStatus` writes it for the
// adviser); `onIntroductionWritten` then carries each change here: the match and its steps, the
// dossier's audit trail, the candidate's journey, and a notice to the proposing adviser.
// Idempotent: the audit entry's id comes from the introduction's update time and is created in
// the same transaction as everything else, so a re-delivered event finds it and does nothing.
import {
  auditEntrySchema,
  candidateSchema,
  closedMatchStatuses,
  introductionSchema,
  matchSchema,
  phases,
  type Candidate,
  type Introduction,
  type MatchStatus,
  firstNameOf,
} from '@koers/domain';
import type { DocumentData, Firestore } from 'firebase-admin/firestore';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent, logWarning } from '../lib/log.js';
import { appUrl } from './app-url.js';
import { readRecipients, writeNotification } from '../notifications/notify.js';
import { statusDraft } from './match-messages.js';

export interface IntroductionChange {
  regionId: string;
  organisationId: string;
  matchId: string;
  before: DocumentData | null;
  after: DocumentData | null;
  /** The commit time of the introduction's write: part of the audit entry's id. */
  updateTime: Date;
}

export type IntroductionOutcome = 'skipped' | 'applied' | 'already_applied' | 'match_closed' | 'no_match' | 'fields';

/** The audit entry id of one status change: the same for every delivery of the same write. */
export function statusAuditId(matchId: string, status: MatchStatus, updateTime: Date): string {
  return `match-${matchId}-${status}-${updateTime.getTime()}`;
}

/** The candidate's journey after a match status: contract/enrolment → preparation; started → the outcome. Never backwards. */
export function journeyAfter(candidate: Pick<Candidate, 'phase' | 'status'>, status: MatchStatus): Partial<Pick<Candidate, 'phase' | 'status'>> {
  if (status === 'started' && (candidate.status === 'active' || candidate.status === 'paused')) return { status: 'started' };
  if ((status === 'contract' || status === 'enrolled') && candidate.status === 'active' && phases.indexOf(candidate.phase) < phases.indexOf('preparation')) {
    return { phase: 'preparation' };
  }
  return {};
}

function introductionOf(data: DocumentData | null): Introduction | null {
  if (!data) return null;
  const parsed = introductionSchema.safeParse(fromFirestoreData(data));
  return parsed.success ? parsed.data : null;
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export async function applyIntroductionChange(db: Firestore, change: IntroductionChange, now: Date): Promise<IntroductionOutcome> {
  const before = introductionOf(change.before);
  const after = introductionOf(change.after);
  // Creation is the proposal itself (proposeMatch wrote its effects); deletion changes nothing.
  if (!before || !after) {
    if (change.after && !after) logWarning('matching.introduction_invalid', { regionId: change.regionId, matchId: change.matchId });
    return 'skipped';
  }
  const statusChanged = before.status !== after.status;
  if (!statusChanged && before.response === after.response && sameTime(before.plannedAt, after.plannedAt)) return 'skipped';

  const matchRef = db.collection('regions').doc(change.regionId).collection('matches').doc(change.matchId);
  const actor = after.respondedBy ?? 'system';
  const outcome = await db.runTransaction(async (tx): Promise<IntroductionOutcome> => {
    const matchSnap = await tx.get(matchRef);
    if (!matchSnap.exists) return 'no_match';
    const match = matchSchema.parse(fromFirestoreData(matchSnap.data()));
    const closed: readonly MatchStatus[] = closedMatchStatuses;

    if (!statusChanged) {
      // Nobody answers a closed introduction (rules, updateMatchStatus): such an event is late, and
      // must not write an answer back into a match withdrawn with the candidate's consent.
      if (closed.includes(match.status)) return 'match_closed';
      // An answer or a planned date without a new status: the match shows the latest.
      if (match.response === after.response && sameTime(match.plannedAt, after.plannedAt)) return 'skipped';
      tx.update(matchRef, { response: after.response, plannedAt: after.plannedAt, updatedAt: now, updatedBy: actor });
      return 'fields';
    }

    const candidateRef = db.collection('candidates').doc(match.candidateId);
    const auditRef = candidateRef.collection('audit').doc(statusAuditId(change.matchId, after.status, change.updateTime));
    const notifies = match.proposedBy !== actor;
    const [auditSnap, candidateSnap, recipients] = await Promise.all([tx.get(auditRef), tx.get(candidateRef), readRecipients(tx, db, notifies ? [match.proposedBy] : [])]);
    if (auditSnap.exists) return 'already_applied';
    if (closed.includes(match.status)) return 'match_closed';

    const about = { organisationName: match.organisationName, vacancyTitle: match.vacancyTitle, programmeName: match.programmeName };
    tx.update(matchRef, {
      status: after.status,
      response: after.response,
      plannedAt: after.plannedAt,
      steps: [...match.steps, { status: after.status, at: change.updateTime, by: actor, note: after.response }],
      updatedAt: now,
      updatedBy: actor,
    });
    tx.create(
      auditRef,
      auditEntrySchema.parse({
        action: 'match',
        actor,
        at: change.updateTime,
        changedFields: ['matches'],
        from: { matchId: change.matchId, status: match.status },
        to: { matchId: change.matchId, status: after.status, ...about },
      }),
    );
    if (candidateSnap.exists) {
      const candidate = candidateSchema.safeParse(fromFirestoreData(candidateSnap.data()));
      const move = candidate.success ? journeyAfter(candidate.data, after.status) : {};
      if (move.phase || move.status) {
        // onCandidateWritten audits the journey move with this actor.
        tx.update(candidateRef, { ...move, ...(move.phase && candidate.success && move.phase !== candidate.data.phase ? { phaseSince: now } : {}), updatedAt: now, updatedBy: actor });
      }
    }
    const adviser = recipients.get(match.proposedBy);
    if (notifies && adviser) {
      // The commit time, not `now`: a re-delivered event then writes the same mail id.
      const at = change.updateTime;
      const draft = statusDraft(after.status, match.organisationName, firstNameOf(match.candidateName), change.regionId, match.candidateId, after.response, appUrl(), at);
      writeNotification(tx, db, adviser, statusAuditId(change.matchId, after.status, change.updateTime), draft, at);
    }
    return 'applied';
  });
  logEvent('matching.introduction_applied', { regionId: change.regionId, matchId: change.matchId, status: after.status, outcome });
  return outcome;
}
