// What a candidate's withdrawal of consent for a region takes from that region besides the
// dossier (setMyConsent already took the region out of `regionIds`): its matches of the
// candidate lose the candidate's personal data and, while open, end as `withdrawn`; its
// organisations' introductions go; its organisations leave `introducedOrganisationIds`, so
// their members no longer read or add to the shared contact history nor join the candidate's
// threads; and its threads about the candidate go whole (their participants are its staff and
// organisations' members, who would otherwise still read and write them). Pure, so the function plans and the tests check the same thing. Planned from the
// current state, so a second run after a finished cleanup plans nothing (idempotent).
//
// Giving consent back later does not bring any of it back: the matches stay withdrawn and
// without personal data; an adviser proposes again if the candidate wants that.
import { closedMatchStatuses, type Match, type MatchStatus, type MatchStep } from '../schemas/matching.js';
import type { AuditEntry } from '../schemas/candidate.js';

/** The reason on the withdrawal step, for the region's staff (who see only the match any more). */
export const consentWithdrawnNote = 'De kandidaat heeft de toestemming voor deze regio ingetrokken.';

/** The audit entry id of one cleanup: by region and time, apart from the consent decision's own entry. */
export function consentWithdrawalAuditId(regionId: string, at: Date): string {
  return `consent-withdrawal-${regionId}-${at.getTime()}`;
}

export interface ConsentWithdrawalSources {
  /** The withdrawn region. */
  regionId: string;
  /** The candidate's matches in the withdrawn region. */
  matches: readonly { id: string; match: Match }[];
  /** The introductions of those matches that still exist (at the withdrawn region's organisations). */
  introductions: readonly { organisationId: string; matchId: string }[];
  /** The dossier's `introducedOrganisationIds` now. */
  introducedOrganisationIds: readonly string[];
  /**
   * Organisations the candidate is introduced to through matches of regions that still have
   * consent: they stay in `introducedOrganisationIds` even when the withdrawn region has a
   * match with the same organisation id.
   */
  organisationIdsStillIntroduced: readonly string[];
  /** The withdrawn region's threads about the candidate (`regionId` r, `candidateId` the candidate). */
  threadIds: readonly string[];
  /** The candidate (their uid), who withdrew. */
  actor: string;
  now: Date;
}

/** The fields of a match that change; ids, organisation, target, dates and earlier steps stay. */
export type WithdrawnMatchPatch = Pick<Match, 'candidateName' | 'note' | 'response' | 'score' | 'reasons' | 'steps' | 'status' | 'updatedAt' | 'updatedBy'>;

export interface ConsentWithdrawalPlan {
  /** Matches to update, with what changes (only the ones still holding something to take). */
  matches: { id: string; patch: WithdrawnMatchPatch }[];
  /** Introductions to delete. */
  introductions: { organisationId: string; matchId: string }[];
  /** The new `introducedOrganisationIds`, or null when it stays as it is. */
  introducedOrganisationIds: string[] | null;
  /** Threads to erase whole (with their messages, typing entries and notifications). */
  threads: string[];
  /** The dossier's audit entry (ids only), or null when there is nothing to do. */
  entry: AuditEntry | null;
}

const closed: readonly MatchStatus[] = closedMatchStatuses;

/**
 * The match without the candidate's personal data: the name, the adviser's note and the
 * organisation's answer (free text about the candidate), the score and reasons (drawn from the
 * profile), the notes on its steps. Open matches end as `withdrawn` with a step saying why;
 * closed ones keep their status. What the region's figures count (status, steps with their
 * dates) stays, so its counts stay honest.
 */
export function withdrawnMatch(match: Match, actor: string, now: Date): WithdrawnMatchPatch {
  const open = !closed.includes(match.status);
  const steps: MatchStep[] = match.steps.map((step) => ({ ...step, note: step.note === consentWithdrawnNote ? step.note : null }));
  return {
    candidateName: '',
    note: null,
    response: null,
    score: null,
    reasons: [],
    steps: open ? [...steps, { status: 'withdrawn', at: now, by: actor, note: consentWithdrawnNote }] : steps,
    status: open ? 'withdrawn' : match.status,
    updatedAt: now,
    updatedBy: actor,
  };
}

/** Whether the match still holds personal data or is still open (so the cleanup has work on it). */
export function matchNeedsWithdrawal(match: Match): boolean {
  return (
    !closed.includes(match.status) ||
    match.candidateName !== '' ||
    match.note !== null ||
    match.response !== null ||
    match.score !== null ||
    match.reasons.length > 0 ||
    match.steps.some((step) => step.note !== null && step.note !== consentWithdrawnNote)
  );
}

export function planConsentWithdrawal(sources: ConsentWithdrawalSources): ConsentWithdrawalPlan {
  const { regionId, actor, now } = sources;
  const changing = sources.matches.filter(({ match }) => matchNeedsWithdrawal(match));
  const matches = changing.map(({ id, match }) => ({ id, patch: withdrawnMatch(match, actor, now) }));
  const introductions = [...sources.introductions];

  const stillIntroduced = new Set(sources.organisationIdsStillIntroduced);
  const ofRegion = new Set(sources.matches.map(({ match }) => match.organisationId).filter((id) => !stillIntroduced.has(id)));
  const removed = sources.introducedOrganisationIds.filter((id) => ofRegion.has(id));
  const introducedOrganisationIds = removed.length > 0 ? sources.introducedOrganisationIds.filter((id) => !ofRegion.has(id)) : null;
  const threads = [...new Set(sources.threadIds)];

  if (matches.length === 0 && introductions.length === 0 && !introducedOrganisationIds && threads.length === 0) {
    return { matches, introductions, introducedOrganisationIds, threads, entry: null };
  }
  const changedFields = [
    ...(matches.length > 0 ? ['matches'] : []),
    ...(introductions.length > 0 ? ['introductions'] : []),
    ...(introducedOrganisationIds ? ['introducedOrganisationIds'] : []),
    ...(threads.length > 0 ? ['threads'] : []),
  ];
  return {
    matches,
    introductions,
    introducedOrganisationIds,
    threads,
    entry: {
      action: 'consent',
      actor,
      at: now,
      changedFields,
      from: { regionId, given: false },
      to: {
        regionId,
        withdrawnMatchIds: changing.filter(({ match }) => !closed.includes(match.status)).map(({ id }) => id),
        clearedMatchIds: matches.map(({ id }) => id),
        deletedIntroductionIds: introductions.map(({ matchId }) => matchId),
        removedOrganisationIds: [...new Set(removed)],
        deletedThreadIds: threads,
      },
    },
  };
}
