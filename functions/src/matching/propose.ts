// `proposeMatch`: an adviser introduces a candidate to a school (optionally for one of its
// vacancies) and/or a training programme. One match per organisation, each with the
// organisation's introduction (the introduction profile only, never the dossier), the dossier's
// access list and journey, the audit trail, and notices to the organisation's staff — all in one
// transaction, so a proposal exists completely or not at all.
import {
  auditEntrySchema,
  candidateSchema,
  closedMatchStatuses,
  dutchDate,
  introductionSchema,
  matchSchema,
  organisationSchema,
  programmeSchema,
  scoreMatch,
  userAccessSchema,
  vacancySchema,
  type Candidate,
  type Match,
  type MatchStatus,
  type MatchTarget,
  type Organisation,
  type Phase,
  type ProposeMatchInput,
  type ProposeMatchResult,
  introductionProfile,
} from '@koers/domain';
import { FieldValue, type DocumentSnapshot, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { fromFirestoreData } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';
import { readAccess, requireStaffOf } from './access.js';
import { appUrl } from './app-url.js';
import { readRecipients, writeNotification } from '../notifications/notify.js';
import { introducedDraft } from './match-messages.js';
import { toMatchCandidate, toProgrammeTarget, toSchoolTarget, toVacancyTarget } from './match-inputs.js';

/** The caller as the organisation sees them on the introduction. */
export interface Adviser {
  uid: string;
  name: string;
  email: string;
}

/** Phases a proposal moves on to `matching` (the journey never moves back). */
const phasesBeforeMatching: readonly Phase[] = ['interest', 'orientation', 'decision'];

function refuse(reason: string, message: string): never {
  throw new HttpsError('failed-precondition', message, { reason });
}

/** One organisation the candidate is introduced to, with what the match is about. */
interface Plan {
  targetKind: Match['targetKind'];
  organisationId: string;
  organisation: Organisation;
  vacancyId: string | null;
  vacancyTitle: string | null;
  programmeId: string | null;
  programmeName: string | null;
  /** What the scorer scores: the vacancy, the school, or the programme. */
  target: MatchTarget | null;
  /** Who hears of it: members with this role at the organisation. */
  role: 'hr' | 'training';
}

function parsed<T>(snapshot: DocumentSnapshot, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, what: string): T {
  if (!snapshot.exists) refuse('unknown_target', `No ${what} ${snapshot.id} in this region.`);
  const result = schema.safeParse(fromFirestoreData(snapshot.data()));
  if (!result.success) refuse('unknown_target', `The ${what} ${snapshot.id} is incomplete.`);
  return result.data;
}

async function plansFor(tx: Transaction, db: Firestore, input: ProposeMatchInput): Promise<Plan[]> {
  const region = db.collection('regions').doc(input.regionId);
  const plans: Plan[] = [];
  const [vacancySnap, programmeSnap] = await Promise.all([
    input.vacancyId ? tx.get(region.collection('vacancies').doc(input.vacancyId)) : null,
    input.programmeId ? tx.get(region.collection('programmes').doc(input.programmeId)) : null,
  ]);
  const vacancy = vacancySnap ? parsed(vacancySnap, vacancySchema, 'vacancy') : null;
  if (vacancy && input.schoolId && vacancy.organisationId !== input.schoolId) {
    refuse('vacancy_mismatch', 'The vacancy belongs to another school.');
  }
  const schoolId = input.schoolId ?? vacancy?.organisationId ?? null;
  const programme = programmeSnap ? parsed(programmeSnap, programmeSchema, 'programme') : null;
  const [schoolSnap, instituteSnap] = await Promise.all([
    schoolId ? tx.get(region.collection('organisations').doc(schoolId)) : null,
    programme ? tx.get(region.collection('organisations').doc(programme.organisationId)) : null,
  ]);
  if (schoolId && schoolSnap) {
    const school = parsed(schoolSnap, organisationSchema, 'school');
    if (school.type !== 'school') refuse('not_a_school', 'Only schools take candidates for work; choose a school.');
    plans.push({
      targetKind: 'school',
      organisationId: schoolId,
      organisation: school,
      vacancyId: vacancySnap && vacancy ? vacancySnap.id : null,
      vacancyTitle: vacancy?.title ?? null,
      programmeId: null,
      programmeName: null,
      // Scored as published: an adviser may propose for a vacancy not (yet) on the website.
      target: vacancySnap && vacancy ? toVacancyTarget(input.regionId, vacancySnap.id, { ...vacancy, published: true }, school) : toSchoolTarget(input.regionId, schoolId, school),
      role: 'hr',
    });
  }
  if (programmeSnap && programme && instituteSnap) {
    const institute = parsed(instituteSnap, organisationSchema, 'training institute');
    if (institute.type !== 'training_institute') refuse('unknown_target', 'The programme’s institute is not a training institute.');
    plans.push({
      targetKind: 'programme',
      organisationId: programme.organisationId,
      organisation: institute,
      vacancyId: null,
      vacancyTitle: null,
      programmeId: programmeSnap.id,
      programmeName: programme.name,
      target: toProgrammeTarget(input.regionId, programmeSnap.id, { ...programme, published: true }, institute),
      role: 'training',
    });
  }
  return plans;
}

function scoreOf(candidateId: string, candidate: Candidate, target: MatchTarget | null, now: Date): { score: number | null; reasons: string[] } {
  if (!target) return { score: null, reasons: [] };
  const scored = scoreMatch(toMatchCandidate(candidateId, candidate), target, { today: dutchDate(now) });
  if ('excluded' in scored) return { score: null, reasons: [] };
  return { score: Math.min(100, Math.max(0, Math.round(scored.score))), reasons: scored.reasons.map((reason) => reason.slice(0, 300)) };
}

export async function proposeMatch(services: Services, adviser: Adviser, input: ProposeMatchInput): Promise<ProposeMatchResult> {
  const { db } = services;
  const access = requireStaffOf(await readAccess(db, adviser.uid), input.regionId);
  const adviserName = access.displayName || adviser.name || access.email;
  const adviserEmail = access.email || adviser.email;
  const candidateRef = db.collection('candidates').doc(input.candidateId);
  const matches = db.collection('regions').doc(input.regionId).collection('matches');
  const note = input.note ? input.note : null;

  const result = await db.runTransaction(async (tx) => {
    const now = services.now();
    const snapshot = await tx.get(candidateRef);
    if (!snapshot.exists) throw new HttpsError('not-found', `No dossier ${input.candidateId}.`);
    const candidate = candidateSchema.parse(fromFirestoreData(snapshot.data()));
    if (!candidate.regionIds.includes(input.regionId)) refuse('not_in_region', 'The candidate is not in this region.');
    if (!candidate.consent.privacy || !candidate.consent.shareWithOrganisations) {
      refuse(
        'no_consent',
        'De kandidaat heeft geen toestemming gegeven om een profiel met scholen en opleidingen te delen. / The candidate has not consented to sharing a profile with schools and institutes.',
      );
    }
    if (candidate.status !== 'active') refuse('not_active', 'Only active candidates are proposed.');
    const plans = await plansFor(tx, db, input);
    if (plans.length === 0) refuse('unknown_target', 'Choose a school, a vacancy or a training programme.');

    const existing = await tx.get(matches.where('candidateId', '==', input.candidateId));
    const closed: readonly MatchStatus[] = closedMatchStatuses;
    for (const plan of plans) {
      const duplicate = existing.docs.some(
        (doc) =>
          !closed.includes(doc.get('status') as MatchStatus) &&
          doc.get('organisationId') === plan.organisationId &&
          (doc.get('vacancyId') ?? null) === plan.vacancyId &&
          (doc.get('programmeId') ?? null) === plan.programmeId,
      );
      if (duplicate) refuse('duplicate', `The candidate is already proposed to ${plan.organisation.name}.`);
    }
    // Everyone with the answering role at each organisation hears of it.
    const recipients = await Promise.all(
      plans.map(async (plan) => {
        const members = await tx.get(db.collection('users').where('organisationIds', 'array-contains', plan.organisationId));
        return members.docs
          .filter((doc) => {
            const member = userAccessSchema.safeParse(fromFirestoreData(doc.data()));
            return member.success && member.data.organisations[plan.organisationId]?.role === plan.role;
          })
          .map((doc) => doc.id)
          .sort();
      }),
    );
    // Their delivery preferences, read before the first write.
    const people = await readRecipients(tx, db, recipients.flat());

    const profile = introductionProfile(candidate);
    const matchIds: string[] = [];
    plans.forEach((plan, i) => {
      const matchRef = matches.doc();
      matchIds.push(matchRef.id);
      const { score, reasons } = scoreOf(input.candidateId, candidate, plan.target, now);
      const about = { organisationName: plan.organisation.name, vacancyTitle: plan.vacancyTitle, programmeName: plan.programmeName };
      tx.create(
        matchRef,
        matchSchema.parse({
          candidateId: input.candidateId,
          candidateName: candidate.name,
          targetKind: plan.targetKind,
          organisationId: plan.organisationId,
          ...about,
          vacancyId: plan.vacancyId,
          programmeId: plan.programmeId,
          status: 'proposed',
          note,
          response: null,
          plannedAt: null,
          score,
          reasons,
          proposedBy: adviser.uid,
          proposedByName: adviserName,
          steps: [{ status: 'proposed', at: now, by: adviser.uid, note }],
          createdAt: now,
          updatedAt: now,
          updatedBy: adviser.uid,
        }),
      );
      tx.create(
        db.collection('regions').doc(input.regionId).collection('organisations').doc(plan.organisationId).collection('introductions').doc(matchRef.id),
        introductionSchema.parse({
          matchId: matchRef.id,
          targetKind: plan.targetKind,
          status: 'proposed',
          vacancyId: plan.vacancyId,
          vacancyTitle: plan.vacancyTitle,
          programmeId: plan.programmeId,
          programmeName: plan.programmeName,
          profile,
          note,
          adviserName,
          adviserEmail,
          response: null,
          plannedAt: null,
          respondedAt: null,
          respondedBy: null,
          createdAt: now,
        }),
      );
      tx.create(
        candidateRef.collection('audit').doc(`match-${matchRef.id}-proposed`),
        auditEntrySchema.parse({ action: 'match', actor: adviser.uid, at: now, changedFields: ['matches'], from: null, to: { matchId: matchRef.id, status: 'proposed', ...about } }),
      );
      const draft = introducedDraft(profile.firstName, adviserName, about, input.regionId, input.candidateId, appUrl(), now);
      for (const uid of recipients[i] ?? []) {
        const person = people.get(uid);
        if (person) writeNotification(tx, db, person, `match-${matchRef.id}`, draft, now);
      }
    });

    const moves = phasesBeforeMatching.includes(candidate.phase);
    tx.update(candidateRef, {
      introducedOrganisationIds: FieldValue.arrayUnion(...plans.map((plan) => plan.organisationId)),
      ...(moves ? { phase: 'matching', phaseSince: now } : {}),
      updatedAt: now,
      updatedBy: adviser.uid,
    });
    return { matchIds, phaseMoved: moves, organisations: plans.map((plan) => plan.organisationId), notified: recipients.flat().length };
  });
  logEvent('matching.proposed', {
    regionId: input.regionId,
    candidateId: input.candidateId,
    matchIds: result.matchIds,
    organisationIds: result.organisations,
    phaseMoved: result.phaseMoved,
    notified: result.notified,
  });
  return { matchIds: result.matchIds };
}
