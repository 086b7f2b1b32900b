// Pure mapping between Firestore documents (already parsed with their @koers/domain schemas)
// and the scorer's plain inputs and outputs. No Firestore here, so unit tests cover it all.
import type {
  CandidateSuggestion,
  MatchCandidate,
  MatchTarget,
  Organisation,
  Phase,
  ProgrammeTarget,
  Programme,
  SchoolTarget,
  ScoredMatch,
  Suggestion,
  Vacancy,
  VacancyTarget,
  Candidate,
  CandidateIndexEntry,
} from '@koers/domain';

/** The profile fields the scorer reads; both a dossier and its region index entry carry them. */
export type MatchProfile = Pick<Candidate, 'name' | 'phase' | 'sectors' | 'functions' | 'qualifications' | 'subjects' | 'priorEducation' | 'place'> & {
  matchPreferences?: Candidate['matchPreferences'] | CandidateIndexEntry['matchPreferences'];
};

/** A dossier (or index entry) as the scorer sees it: the profile, never contact data or notes. */
export function toMatchCandidate(id: string, profile: MatchProfile): MatchCandidate {
  return {
    id,
    name: profile.name,
    phase: profile.phase,
    sectors: profile.sectors,
    functions: profile.functions,
    qualifications: profile.qualifications,
    subjects: profile.subjects,
    priorEducation: profile.priorEducation,
    place: profile.place,
    preferences: profile.matchPreferences ?? null,
  };
}

/** A published vacancy at a known organisation; its place is the school's place. */
export function toVacancyTarget(regionId: string, id: string, vacancy: Vacancy, school: Organisation | undefined): VacancyTarget | null {
  if (!vacancy.published || !school) return null;
  return {
    kind: 'vacancy',
    id,
    regionId,
    organisationId: vacancy.organisationId,
    organisationName: school.name,
    place: school.place,
    title: vacancy.title,
    sector: vacancy.sector,
    subjects: vacancy.subjects,
    // Older vacancies have no role: they are teaching posts.
    jobFunction: vacancy.jobFunction ?? 'teacher',
    hoursPerWeek: vacancy.hoursPerWeek,
    lateralEntry: vacancy.lateralEntry,
    // Closed vacancies are left to the scorer (it compares with today).
    closingDate: vacancy.closingDate,
    startDate: vacancy.startDate ?? null,
  };
}

/** A school as a place to work without a vacancy (open application); other organisations are no school target. */
export function toSchoolTarget(regionId: string, id: string, organisation: Organisation): SchoolTarget | null {
  if (organisation.type !== 'school') return null;
  return {
    kind: 'school',
    id,
    regionId,
    organisationId: id,
    organisationName: organisation.name,
    place: organisation.place,
    name: organisation.name,
    sectors: organisation.sectors,
  };
}

/** A published programme at a known institute; its place is the institute's place. */
export function toProgrammeTarget(regionId: string, id: string, programme: Programme, institute: Organisation | undefined): ProgrammeTarget | null {
  if (!programme.published || !institute) return null;
  return {
    kind: 'programme',
    id,
    regionId,
    organisationId: programme.organisationId,
    organisationName: institute.name,
    place: institute.place,
    name: programme.name,
    type: programme.type,
    sectors: programme.sectors,
    subjects: programme.subjects,
    startDates: programme.startDates,
    durationMonths: programme.durationMonths,
  };
}

export interface RegionOffer {
  organisations: ReadonlyMap<string, Organisation>;
  vacancies: ReadonlyMap<string, Vacancy>;
  programmes: ReadonlyMap<string, Programme>;
}

const kindOrder: Record<MatchTarget['kind'], number> = { vacancy: 0, school: 1, programme: 2 };

/** Every match target of a region, in a stable order (kind, then id) so rebuilds compare equal. */
export function regionTargets(regionId: string, offer: RegionOffer): MatchTarget[] {
  const targets: MatchTarget[] = [];
  for (const [id, vacancy] of offer.vacancies) {
    const target = toVacancyTarget(regionId, id, vacancy, offer.organisations.get(vacancy.organisationId));
    if (target) targets.push(target);
  }
  for (const [id, organisation] of offer.organisations) {
    const target = toSchoolTarget(regionId, id, organisation);
    if (target) targets.push(target);
  }
  for (const [id, programme] of offer.programmes) {
    const target = toProgrammeTarget(regionId, id, programme, offer.organisations.get(programme.organisationId));
    if (target) targets.push(target);
  }
  return targets.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Splits targets into chunks of at most `size` (always at least one chunk, maybe empty). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export function targetTitle(target: MatchTarget): string {
  return target.kind === 'vacancy' ? target.title : target.name;
}

function clampScore(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score)));
}

function clampReasons(reasons: readonly string[]): string[] {
  return reasons.map((reason) => (reason.length > 300 ? `${reason.slice(0, 299)}…` : reason));
}

function clampDistance(distanceKm: number | null): number | null {
  return distanceKm === null || !Number.isFinite(distanceKm) ? null : Math.max(0, Math.round(distanceKm * 10) / 10);
}

/** A scored target as the app shows it (suggestionSchema). */
export function toSuggestion(scored: ScoredMatch<MatchTarget>): Suggestion {
  const target = scored.item;
  return {
    targetKind: target.kind,
    targetId: target.id,
    regionId: target.regionId,
    organisationId: target.organisationId,
    organisationName: target.organisationName,
    title: targetTitle(target).slice(0, 200),
    place: target.place,
    distanceKm: clampDistance(scored.distanceKm),
    score: clampScore(scored.score),
    reasons: clampReasons(scored.reasons),
  };
}

/** A scored candidate for a vacancy or programme (candidateSuggestionSchema). */
export function toCandidateSuggestion(scored: ScoredMatch<MatchCandidate>): CandidateSuggestion {
  const candidate = scored.item;
  return {
    candidateId: candidate.id,
    name: candidate.name,
    phase: candidate.phase as Phase,
    place: candidate.place,
    distanceKm: clampDistance(scored.distanceKm),
    score: clampScore(scored.score),
    reasons: clampReasons(scored.reasons),
  };
}

/** The dossier fields that change a candidate's suggestions (writes of other fields leave them be). */
export const matchRelevantCandidateFields = [
  'sectors',
  'functions',
  'qualifications',
  'subjects',
  'priorEducation',
  'place',
  'matchPreferences',
  'regionIds',
  'phase',
  'status',
] as const;

/** Whether a dossier write changed anything suggestions depend on (creation and deletion do). */
export function matchRelevantChange(before: Record<string, unknown> | null, after: Record<string, unknown> | null): boolean {
  if (!before || !after) return before !== after;
  return matchRelevantCandidateFields.some((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}
