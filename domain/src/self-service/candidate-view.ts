// The candidate's view of their dossier (candidateViews/{id}), built from the documents a
// function reads. Pure, so the trigger, the seed and the tests build it alike.
import { closedMatchStatuses } from '../schemas/match-basics.js';
import type { Match } from '../schemas/matching.js';
import { pickProfile } from '../schemas/candidate-profile.js';
import type { Candidate, Interaction } from '../schemas/candidate.js';
import type { Organisation } from '../schemas/network.js';
import type { CandidateView, Helper, MyContact, MyMatch } from '../schemas/self-service.js';

/** The adviser as the region's directory knows them (members/{ownerUid}). */
export interface AdviserContact {
  name: string;
  email: string;
  regionId: string;
  regionName: string | null;
}

export interface CandidateViewSources {
  candidate: Candidate;
  adviser: AdviserContact | null;
  /** The candidate's matches in the regions of the dossier, with their ids and regions. */
  matches: { id: string; regionId: string; match: Match }[];
  /** Organisations of those matches, by `${regionId}/${organisationId}`. */
  organisations: Map<string, Organisation>;
  /** The most recent contacts (any order; the newest are kept). */
  interactions: { id: string; interaction: Interaction }[];
  now: Date;
}

/** How many recent conversations the view carries (for the feedback prompt). */
export const viewContactLimit = 5;

export function organisationKey(regionId: string, organisationId: string): string {
  return `${regionId}/${organisationId}`;
}

/** Conversations worth a rating: the ones a person had with the candidate, not e-mails or referrals. */
const conversationKinds = new Set<Interaction['kind']>(['phone', 'in_person', 'advice_conversation', 'introductory_conversation']);

export function buildCandidateView(sources: CandidateViewSources): CandidateView {
  const { candidate, adviser, now } = sources;
  const regionIds = new Set(candidate.regionIds);
  const visibleMatches = sources.matches.filter(({ regionId }) => regionIds.has(regionId));

  const matches: MyMatch[] = visibleMatches
    .map(({ id, regionId, match }) => ({
      id,
      regionId,
      targetKind: match.targetKind,
      organisationName: match.organisationName,
      vacancyTitle: match.vacancyTitle,
      programmeName: match.programmeName,
      status: match.status,
      plannedAt: match.plannedAt,
      updatedAt: match.updatedAt,
    }))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, 100);

  const helpers: Helper[] = [];
  if (adviser) {
    helpers.push({
      kind: 'adviser',
      name: adviser.name,
      organisation: adviser.regionName,
      regionId: adviser.regionId,
      email: adviser.email,
      phone: null,
      website: null,
      place: null,
    });
  }
  const seen = new Set<string>();
  for (const { regionId, match } of visibleMatches) {
    if ((closedMatchStatuses as readonly string[]).includes(match.status) && match.status !== 'started') continue;
    const key = organisationKey(regionId, match.organisationId);
    if (seen.has(key)) continue;
    seen.add(key);
    const organisation = sources.organisations.get(key);
    helpers.push({
      kind: match.targetKind === 'school' ? 'school' : 'institute',
      name: organisation?.name ?? match.organisationName,
      organisation: null,
      regionId,
      email: null,
      phone: null,
      website: organisation?.website ?? null,
      place: organisation?.place ?? null,
    });
  }

  const recentContacts: MyContact[] = sources.interactions
    .filter(({ interaction }) => regionIds.has(interaction.regionId) && conversationKinds.has(interaction.kind) && interaction.performedAt <= now)
    .sort((a, b) => b.interaction.performedAt.getTime() - a.interaction.performedAt.getTime())
    .slice(0, viewContactLimit)
    .map(({ id, interaction }) => ({
      id,
      kind: interaction.kind,
      performedAt: interaction.performedAt,
      regionId: interaction.regionId,
      authorName: interaction.authorName,
    }));

  return {
    ...pickProfile(candidate),
    // The view always carries the field (older dossiers lack it).
    matchPreferences: candidate.matchPreferences ?? null,
    phase: candidate.phase,
    status: candidate.status,
    phaseSince: candidate.phaseSince,
    homeRegionId: candidate.homeRegionId,
    regionIds: candidate.regionIds,
    consent: candidate.consent,
    helpers,
    matches,
    recentContacts,
    version: candidate.updatedAt,
    syncedAt: now,
  };
}
