// The candidate's side of the demo: the demo candidate's next steps and her introduction to a
// Nijmegen school, and every dossier's candidate view. Seeding runs with triggers paused, so the
// view (candidateViews/{id}) is built here with the same domain function the view trigger uses.
// No generator draws: the rest of the seed stays exactly as it was.
import {
  auditEntrySchema,
  buildCandidateView,
  candidateViewSchema,
  introductionProfile,
  introductionSchema,
  matchSchema,
  memberSchema,
  nextStepSchema,
  organisationKey,
  organisationSchema,
  type Candidate,
  type CandidateView,
  type Interaction,
  type Match,
  type Organisation,
} from '@koers/domain';
import type { SeedDocument } from './build.js';

const day = 24 * 60 * 60 * 1000;

/** The school the demo candidate (mbo, wiskunde) was introduced to, and the match's id. */
export const demoMatchSchoolId = 'nij-roc-rijk';
export const demoMatchId = 'demo-voorstel-roc';

/** A moment `days` before the base date at `hour`:00 UTC. */
function daysBefore(baseDate: Date, days: number, hour: number): Date {
  const at = new Date(baseDate.getTime() - days * day);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
}

/** The conversation the demo adviser had with the demo candidate yesterday (she can rate it). */
export function demoConversation(baseDate: Date, adviser: { uid: string; displayName: string }, regionId: string): { id: string; interaction: Interaction } {
  const performedAt = daysBefore(baseDate, 1, 13);
  return {
    id: 'demo-adviesgesprek',
    interaction: {
      kind: 'advice_conversation',
      summary: 'Adviesgesprek: zij-instroom als docent wiskunde in het mbo',
      notes: 'Twijfelt tussen zij-instroom en de deeltijdopleiding; wil eerst een meeloopdag.',
      performedAt,
      durationMinutes: 45,
      regionId,
      organisationId: null,
      authorUid: adviser.uid,
      authorName: adviser.displayName,
      createdAt: performedAt,
    },
  };
}

/** The next steps the demo adviser set for the demo candidate; she ticked the first one off. */
export function demoNextSteps(baseDate: Date, candidateId: string, adviserUid: string, candidateUid: string): SeedDocument[] {
  const setAt = daysBefore(baseDate, 1, 14);
  const steps = [
    { id: 'cv-bijwerken', title: 'Werk je cv bij met je ervaring als praktijkbegeleider', detail: null, dueInDays: null, done: true },
    { id: 'meeloopdag', title: 'Meld je aan voor een meeloopdag in het mbo', detail: 'Kijk bij "Activiteiten" welke meeloopdagen er zijn.', dueInDays: 14, done: false },
    { id: 'diplomas', title: 'Vraag je diploma-overzicht op bij DUO', detail: 'Dat heb je nodig voor de geschiktheidsbeoordeling.', dueInDays: 21, done: false },
    { id: 'kennismaking', title: 'Bereid de kennismaking met het ROC voor', detail: null, dueInDays: 30, done: false },
  ];
  // She ticked the first one off the same evening.
  const tickedAt = new Date(setAt.getTime() + 4 * 60 * 60 * 1000);
  return steps.map((step, order) => {
    const doneAt = step.done ? tickedAt : null;
    return {
      path: `candidates/${candidateId}/steps/${step.id}`,
      data: nextStepSchema.parse({
        title: step.title,
        detail: step.detail,
        dueDate: step.dueInDays === null ? null : new Date(baseDate.getTime() + step.dueInDays * day).toISOString().slice(0, 10),
        order: (order + 1) * 10,
        done: doneAt !== null,
        doneAt,
        doneBy: doneAt === null ? null : candidateUid,
        createdAt: setAt,
        createdBy: adviserUid,
        updatedAt: setAt,
        updatedBy: adviserUid,
      }),
    };
  });
}

export interface SeededMatch {
  id: string;
  regionId: string;
  match: Match;
}

/**
 * The demo candidate's introduction to a Nijmegen school, as proposeMatch leaves it: the match,
 * the school's introduction (the introduction profile only) and the audit entry. The dossier
 * lists the school in introducedOrganisationIds (build.ts).
 */
export function demoMatch(
  baseDate: Date,
  candidateId: string,
  candidate: Candidate,
  adviser: { uid: string; displayName: string; email: string },
  regionId: string,
  school: Organisation,
): { match: SeededMatch; documents: SeedDocument[] } {
  const at = daysBefore(baseDate, 1, 15);
  const note = 'Sanne wil graag kennismaken; ze begeleidt nu stagiairs in de zorg en wil wiskunde geven.';
  const about = { organisationName: school.name, vacancyTitle: null, programmeName: null };
  const match = matchSchema.parse({
    candidateId,
    candidateName: candidate.name,
    targetKind: 'school',
    organisationId: demoMatchSchoolId,
    ...about,
    vacancyId: null,
    programmeId: null,
    status: 'proposed',
    note,
    response: null,
    plannedAt: null,
    score: null,
    reasons: [],
    proposedBy: adviser.uid,
    proposedByName: adviser.displayName,
    steps: [{ status: 'proposed', at, by: adviser.uid, note }],
    createdAt: at,
    updatedAt: at,
    updatedBy: adviser.uid,
  } satisfies Match);
  const documents: SeedDocument[] = [
    { path: `regions/${regionId}/matches/${demoMatchId}`, data: match },
    {
      path: `regions/${regionId}/organisations/${demoMatchSchoolId}/introductions/${demoMatchId}`,
      data: introductionSchema.parse({
        matchId: demoMatchId,
        targetKind: 'school',
        status: 'proposed',
        vacancyId: null,
        vacancyTitle: null,
        programmeId: null,
        programmeName: null,
        profile: introductionProfile(candidate),
        note,
        adviserName: adviser.displayName,
        adviserEmail: adviser.email,
        response: null,
        plannedAt: null,
        respondedAt: null,
        respondedBy: null,
        createdAt: at,
      }),
    },
    {
      path: `candidates/${candidateId}/audit/match-${demoMatchId}-proposed`,
      data: auditEntrySchema.parse({
        action: 'match',
        actor: adviser.uid,
        at,
        changedFields: ['matches'],
        from: null,
        to: { matchId: demoMatchId, status: 'proposed', ...about },
      }),
    },
  ];
  return { match: { id: demoMatchId, regionId, match }, documents };
}

export interface ViewInputs {
  records: Array<{ id: string; candidate: Candidate; interactions: Array<{ id: string; interaction: Interaction }> }>;
  matches: SeededMatch[];
  /** The seed's documents so far, by path (members, regions, organisations). */
  documentAt: (path: string) => Record<string, unknown> | undefined;
  baseDate: Date;
}

/** candidateViews/{id} for every dossier, as the view trigger would build it (buildCandidateView). */
export function candidateViewDocuments({ records, matches, documentAt, baseDate }: ViewInputs): SeedDocument[] {
  return records.map(({ id, candidate, interactions }) => {
    const member = candidate.ownerUid ? documentAt(`regions/${candidate.homeRegionId}/members/${candidate.ownerUid}`) : undefined;
    const adviser = member ? memberSchema.parse(member) : null;
    const regionName = (documentAt(`regions/${candidate.homeRegionId}`)?.name as string | undefined) ?? null;
    const own = matches.filter((seeded) => seeded.match.candidateId === id);
    const organisations = new Map<string, Organisation>();
    for (const { regionId, match } of own) {
      const organisation = documentAt(`regions/${regionId}/organisations/${match.organisationId}`);
      if (organisation) organisations.set(organisationKey(regionId, match.organisationId), organisationSchema.parse(organisation));
    }
    const view: CandidateView = buildCandidateView({
      candidate,
      adviser: adviser ? { name: adviser.displayName, email: adviser.email, regionId: candidate.homeRegionId, regionName } : null,
      matches: own,
      organisations,
      interactions,
      now: baseDate,
    });
    return { path: `candidateViews/${id}`, data: candidateViewSchema.parse(view) };
  });
}
