/**
 * Shared fixtures for the security rules tests: one test environment per file, a cast of
 * personas (one per role from @koers/domain, plus outsiders), and a seeded world of
 * documents those personas do or don't get to see.
 *
 * Run through `node scripts/with-emulators.mjs --only firestore -- npx vitest run --project rules`,
 * which sets FIRESTORE_EMULATOR_HOST.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, DocumentSnapshot, getDoc, QuerySnapshot, setLogLevel, writeBatch, type DocumentData, type Firestore } from 'firebase/firestore';
import { deleteApp as deleteAdminApp, initializeApp as initializeAdminApp, type App } from 'firebase-admin/app';
import { getFirestore as getAdminFirestore, type Firestore as AdminFirestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  addFeedbackCounts,
  applyGrant,
  buildCandidateView,
  emptyAccess,
  feedbackContribution,
  roles,
  searchKeyMap,
  type Candidate,
  type Grant,
  type Interaction,
  type Match,
  type Organisation,
  type Role,
  type UserAccess,
} from '@koers/domain';
import { candidateFixture } from '@koers/domain/testing';

// A project of their own on the same emulator: the Functions emulator's triggers (which keep
// registration counts, index entries, …) listen to demo-koers only, so no trigger rewrites the
// world between a write and the next test. The rules are the same file either way.
export const projectId = 'demo-koers-rules';
// Denied requests are the point of most tests; keep the SDK from logging each one.
setLogLevel('silent');
const repoRoot = resolve(import.meta.dirname, '..', '..');

// ------------------------------------------------------------------ ids used across the world

export const ids = {
  nijmegen: 'nijmegen',
  middenBrabant: 'midden-brabant',
  schoolA: 'school-a',
  schoolB: 'school-b',
  instituteA: 'institute-a',
  mbSchool: 'mb-school',
  /**
   * The candidate persona's own dossier: Nijmegen only, introduced to school A. It was once
   * shared with Midden-Brabant; the candidate withdrew their consent for that region.
   */
  ownCandidate: 'cand-own',
  /** Another Nijmegen candidate (the other candidate persona's), not introduced anywhere. */
  otherCandidate: 'cand-other',
  /** Home Nijmegen, shared with Midden-Brabant. */
  sharedCandidate: 'cand-shared',
  /** Midden-Brabant only. */
  mbCandidate: 'cand-mb',
  /** A region outside the world's two, which a dossier may still be shared with. */
  brabantOost: 'brabant-oost',
} as const;

// ------------------------------------------------------------------ personas

/**
 * Extra personas beyond the roles: a cross-region adviser (staff of the region the candidate
 * withdrew consent for), a second school, a second candidate, outsiders.
 */
export const extraPersonas = ['crossAdviser', 'otherHr', 'otherCandidate', 'noRoles', 'outsider', 'signedOut'] as const;
export type Persona = Role | (typeof extraPersonas)[number];

interface PersonaSpec {
  uid: string | null;
  label: string;
  /** The users/{uid} document; null when there is none. */
  access: UserAccess | null;
}

const grantedAt = new Date('2026-01-05T09:00:00Z');

function accessDoc(uid: string, grants: Grant[], candidateId: string | null = null): UserAccess {
  let access: UserAccess = { ...emptyAccess(`${uid}@example.org`, uid, grantedAt), candidateId };
  for (const grant of grants) access = applyGrant(access, grant, grantedAt);
  return access;
}

/** One persona per role of @koers/domain (a new role won't compile until it gets one). */
const rolePersonas: Record<Role, PersonaSpec> = {
  admin: { uid: 'u-admin', label: 'a platform admin', access: accessDoc('u-admin', [{ kind: 'admin' }]) },
  coordinator: {
    uid: 'u-coordinator',
    label: "Nijmegen's coordinator",
    access: accessDoc('u-coordinator', [{ kind: 'region', regionId: ids.nijmegen, role: 'coordinator' }]),
  },
  adviser: {
    uid: 'u-adviser',
    label: 'a Nijmegen adviser',
    access: accessDoc('u-adviser', [{ kind: 'region', regionId: ids.nijmegen, role: 'adviser' }]),
  },
  director: {
    uid: 'u-director',
    label: 'a Nijmegen director',
    access: accessDoc('u-director', [{ kind: 'region', regionId: ids.nijmegen, role: 'director' }]),
  },
  hr: {
    uid: 'u-hr',
    label: "school A's HR officer",
    access: accessDoc('u-hr', [{ kind: 'organisation', regionId: ids.nijmegen, organisationId: ids.schoolA, role: 'hr' }]),
  },
  training: {
    uid: 'u-training',
    label: "institute A's training staff",
    access: accessDoc('u-training', [
      { kind: 'organisation', regionId: ids.nijmegen, organisationId: ids.instituteA, role: 'training' },
    ]),
  },
  candidate: { uid: 'u-candidate', label: 'the candidate', access: accessDoc('u-candidate', [], ids.ownCandidate) },
};

const extraPersonaSpecs: Record<(typeof extraPersonas)[number], PersonaSpec> = {
  crossAdviser: {
    uid: 'u-mb-adviser',
    label: 'a Midden-Brabant adviser',
    access: accessDoc('u-mb-adviser', [{ kind: 'region', regionId: ids.middenBrabant, role: 'adviser' }]),
  },
  otherHr: {
    uid: 'u-hr-b',
    label: "school B's HR officer",
    access: accessDoc('u-hr-b', [{ kind: 'organisation', regionId: ids.nijmegen, organisationId: ids.schoolB, role: 'hr' }]),
  },
  otherCandidate: {
    uid: 'u-other-candidate',
    label: 'another candidate',
    access: accessDoc('u-other-candidate', [], ids.otherCandidate),
  },
  noRoles: { uid: 'u-noroles', label: 'a signed-in user without roles', access: accessDoc('u-noroles', []) },
  outsider: { uid: 'u-outsider', label: 'a signed-in user without a users document', access: null },
  signedOut: { uid: null, label: 'a signed-out visitor', access: null },
};

const personaSpecs: Record<Persona, PersonaSpec> = { ...rolePersonas, ...extraPersonaSpecs };

/** Every persona: the roles in @koers/domain's order, then the extras. */
export const personas: readonly Persona[] = [...roles, ...extraPersonas];
export const signedInPersonas: readonly Persona[] = personas.filter((p) => p !== 'signedOut');
/** Personas with any role in Nijmegen (region role or a Nijmegen organisation). */
export const nijmegenMembers: readonly Persona[] = ['coordinator', 'adviser', 'director', 'hr', 'training', 'otherHr'];
export const nijmegenStaff: readonly Persona[] = ['coordinator', 'adviser'];

export function uidOf(persona: Persona): string {
  const uid = personaSpecs[persona].uid;
  if (uid === null) throw new Error(`${persona} has no uid`);
  return uid;
}

/** The uid a persona writes as (signed-out visitors get a placeholder they can't prove). */
export function actingUid(persona: Persona): string {
  return personaSpecs[persona].uid ?? 'u-signed-out';
}

export function labelOf(persona: Persona): string {
  return personaSpecs[persona].label;
}

// ------------------------------------------------------------------ the world

const minutes = (n: number): number => n * 60_000;

/** Every document the tests start from, by path. Built fresh so times are relative to now. */
export function buildWorld(now: Date = new Date()): Record<string, DocumentData> {
  const ago = (ms: number): Date => new Date(now.getTime() - ms);
  const world: Record<string, DocumentData> = {};

  for (const persona of personas) {
    const spec = personaSpecs[persona];
    if (spec.uid !== null && spec.access !== null) world[`users/${spec.uid}`] = spec.access;
  }
  world['users/u-adviser/notifications/n1'] = notification(ago(minutes(5)));
  world['users/u-candidate/notifications/n1'] = notification(ago(minutes(5)));

  for (const [regionId, name] of [
    [ids.nijmegen, 'RAP Nijmegen'],
    [ids.middenBrabant, 'RAP Midden-Brabant'],
  ] as const) {
    world[`regions/${regionId}`] = {
      name,
      municipalities: ['Nijmegen'],
      participating: true,
      settings: { losingSightDays: 30, senderName: name, privacyText: '', customFields: [], allowedOrigins: [] },
    };
  }

  const members: [string, Persona][] = [
    [ids.nijmegen, 'coordinator'],
    [ids.nijmegen, 'adviser'],
    [ids.nijmegen, 'director'],
    [ids.nijmegen, 'hr'],
    [ids.nijmegen, 'training'],
    [ids.nijmegen, 'otherHr'],
    [ids.middenBrabant, 'crossAdviser'],
  ];
  for (const [regionId, persona] of members) {
    const uid = uidOf(persona);
    world[`regions/${regionId}/members/${uid}`] = {
      uid,
      email: `${uid}@example.org`,
      displayName: uid,
      role: persona === 'crossAdviser' ? 'adviser' : persona === 'otherHr' ? 'hr' : persona,
      organisationId: persona === 'hr' ? ids.schoolA : persona === 'otherHr' ? ids.schoolB : persona === 'training' ? ids.instituteA : null,
      grantedBy: 'u-admin',
      grantedAt,
    };
  }

  const nij = `regions/${ids.nijmegen}`;
  const mb = `regions/${ids.middenBrabant}`;
  world[`${nij}/organisations/${ids.schoolA}`] = organisation('school', 'School A');
  world[`${nij}/organisations/${ids.schoolB}`] = organisation('school', 'School B');
  world[`${nij}/organisations/${ids.instituteA}`] = organisation('training_institute', 'Institute A');
  world[`${mb}/organisations/${ids.mbSchool}`] = organisation('school', 'MB School');

  world[`${nij}/organisations/${ids.schoolA}/introductions/match-a`] = introduction('match-a', 'school', ago(minutes(60)));
  world[`${nij}/organisations/${ids.schoolB}/introductions/match-b`] = introduction('match-b', 'school', ago(minutes(60)));
  world[`${nij}/organisations/${ids.instituteA}/introductions/match-p`] = introduction('match-p', 'programme', ago(minutes(60)));

  world[`${nij}/contacts/contact-a`] = contact(ids.schoolA);
  world[`${nij}/contacts/contact-b`] = contact(ids.schoolB);

  world[`${nij}/programmes/prog-published`] = programme(ids.instituteA, true);
  world[`${nij}/programmes/prog-draft`] = programme(ids.instituteA, false);

  world[`${nij}/vacancies/vac-published`] = vacancy(ids.schoolA, true);
  world[`${nij}/vacancies/vac-draft`] = vacancy(ids.schoolA, false);
  world[`${nij}/vacancies/vac-b-draft`] = vacancy(ids.schoolB, false);

  world[`${nij}/activities/act-published`] = activity(true, false, now);
  world[`${nij}/activities/act-draft`] = activity(false, false, now);
  world[`${mb}/activities/mb-act-local`] = activity(true, false, now);
  world[`${mb}/activities/mb-act-cross`] = activity(true, true, now);
  world[`${nij}/activities/act-full`] = { ...activity(true, false, now), capacity: 1, registrationCount: 1 };
  world[`${nij}/activities/act-full/registrations/reg-own-cancelled`] = {
    ...registration(ids.ownCandidate, 'u-candidate', ago(minutes(60))),
    status: 'cancelled',
  };
  const registrations = `${nij}/activities/act-published/registrations`;
  world[`${registrations}/reg-own`] = registration(ids.ownCandidate, 'u-candidate', ago(minutes(60)));
  world[`${registrations}/reg-other`] = registration(ids.otherCandidate, 'u-adviser', ago(minutes(60)));
  world[`${registrations}/reg-walkin`] = registration(null, 'u-adviser', ago(minutes(60)));

  world[`${nij}/candidateIndex/${ids.ownCandidate}`] = indexEntry('Own Candidate', ids.nijmegen, now);
  world[`${nij}/candidateIndex/${ids.otherCandidate}`] = indexEntry('Other Candidate', ids.nijmegen, now);
  world[`${nij}/candidateIndex/${ids.sharedCandidate}`] = indexEntry('Shared Candidate', ids.nijmegen, now);
  world[`${mb}/candidateIndex/${ids.sharedCandidate}`] = indexEntry('Shared Candidate', ids.nijmegen, now);
  world[`${mb}/candidateIndex/${ids.mbCandidate}`] = indexEntry('MB Candidate', ids.middenBrabant, now);

  world[`${nij}/tasks/task-adviser`] = {
    title: 'Bel terug',
    candidateId: ids.ownCandidate,
    assigneeUid: 'u-adviser',
    dueDate: '2026-02-01',
    done: false,
    doneAt: null,
    createdAt: ago(minutes(60)),
    createdBy: 'u-coordinator',
    updatedAt: ago(minutes(60)),
    updatedBy: 'u-coordinator',
  };
  world[`${nij}/matches/match-a`] = match('match-a', 'school', ago(minutes(60)));
  world[`${nij}/matches/match-p`] = match('match-p', 'programme', ago(minutes(60)));
  // The matching functions' snapshot of the region's offer (no client reads it).
  world[`${nij}/matchingOffer/chunk-000`] = { targets: [], builtAt: now, sourceReadAt: now, buildId: 'build-1', index: 0, count: 1 };
  world[`${nij}/savedViews/view-adviser-private`] = savedView('u-adviser', false, ago(minutes(60)));
  world[`${nij}/savedViews/view-coordinator-private`] = savedView('u-coordinator', false, ago(minutes(60)));
  world[`${nij}/savedViews/view-coordinator-shared`] = savedView('u-coordinator', true, ago(minutes(60)));
  world[`${nij}/privacyRequests/pr-own`] = privacyRequest(ids.ownCandidate, ago(minutes(60)));
  world[`${nij}/privacyRequests/pr-other`] = privacyRequest(ids.otherCandidate, ago(minutes(60)));
  world[`${nij}/feedback/fb-own`] = {
    candidateId: ids.ownCandidate,
    subject: 'conversation',
    subjectId: null,
    rating: 5,
    comment: null,
    createdAt: ago(minutes(60)),
  };
  world[`${nij}/feedback/fb-other`] = {
    candidateId: ids.otherCandidate,
    subject: 'activity',
    subjectId: 'act-published',
    rating: 3,
    comment: null,
    createdAt: ago(minutes(60)),
  };
  // What onFeedbackCreated keeps: the month's ratings in aggregate (the two above, and older ones).
  world[`${nij}/feedbackSummaries/2026-01`] = feedbackSummary('2026-01', now);
  world[`${mb}/feedbackSummaries/2026-01`] = feedbackSummary('2026-01', now);
  world[`${nij}/aggregates/current`] = aggregate('current', 'state', null, { total: 12, 'column.interest': 12, 'owner.u-adviser': 12 }, now);
  world[`${nij}/aggregates/m-2026-01`] = aggregate('m-2026-01', 'month', '2026-01-01', { new: 3, 'enter.interest': 3 }, now);
  world[`${mb}/aggregates/current`] = aggregate('current', 'state', null, { total: 7, 'column.interest': 7 }, now);
  // What the own dossier added to Nijmegen's figures (functions only; nobody reads it by client).
  world[`${nij}/aggregateSlices/current~sector.po`] = { ...aggregate('current', 'state', null, {}, now), slice: 'sector.po', slices: { 'sector.po': { total: 4, 'column.interest': 4 } } };
  world[`${nij}/aggregateLedger/candidate-${ids.ownCandidate}`] = {
    facts: {
      kind: 'candidate',
      candidate: {
        phase: 'interest',
        status: 'active',
        exitReason: null,
        phaseSince: ago(minutes(60)),
        createdAt: ago(minutes(60)),
        journey: [{ phase: 'interest', status: 'active', exitReason: null, at: ago(minutes(60)) }],
        ownerUid: 'u-adviser',
        sectors: ['po'],
        subjects: [],
        functions: [],
        qualifications: [],
        priorEducation: null,
        source: 'adviser',
        bottlenecks: [],
        lastContactAt: null,
      },
    },
    updatedAt: now,
  };
  world[`${nij}/apiKeys/key-1`] = {
    name: 'Website',
    prefix: 'kk_abc',
    hash: 'a'.repeat(64),
    createdAt: ago(minutes(60)),
    createdBy: 'u-admin',
    revokedAt: null,
  };

  // The candidate's decisions per region, as setMyConsent records them: Nijmegen given,
  // Midden-Brabant withdrawn (and so out of regionIds).
  const ownConsentRegions = {
    [ids.nijmegen]: { given: true, at: ago(minutes(60 * 24 * 30)) },
    [ids.middenBrabant]: { given: false, at: ago(minutes(60 * 24)) },
  };
  world[`candidates/${ids.ownCandidate}`] = candidate({
    name: 'Own Candidate',
    homeRegionId: ids.nijmegen,
    regionIds: [ids.nijmegen],
    authUid: 'u-candidate',
    introducedOrganisationIds: [ids.schoolA],
    at: ago(minutes(60)),
    consentRegions: ownConsentRegions,
    withdrawnRegionIds: [ids.middenBrabant],
  });
  world[`candidates/${ids.otherCandidate}`] = candidate({
    name: 'Other Candidate',
    homeRegionId: ids.nijmegen,
    regionIds: [ids.nijmegen],
    authUid: 'u-other-candidate',
    introducedOrganisationIds: [],
    at: ago(minutes(60)),
  });
  world[`candidates/${ids.sharedCandidate}`] = candidate({
    name: 'Shared Candidate',
    homeRegionId: ids.nijmegen,
    regionIds: [ids.nijmegen, ids.middenBrabant],
    authUid: null,
    introducedOrganisationIds: [],
    at: ago(minutes(60)),
  });
  world[`candidates/${ids.mbCandidate}`] = candidate({
    name: 'MB Candidate',
    homeRegionId: ids.middenBrabant,
    regionIds: [ids.middenBrabant],
    authUid: null,
    introducedOrganisationIds: [ids.mbSchool],
    at: ago(minutes(60)),
  });
  for (const c of [ids.ownCandidate, ids.sharedCandidate, ids.mbCandidate]) {
    world[`candidates/${c}/interactions/int-1`] = {
      kind: 'phone',
      summary: 'Eerste contact',
      notes: null,
      performedAt: ago(minutes(60)),
      durationMinutes: 15,
      regionId: c === ids.mbCandidate ? ids.middenBrabant : ids.nijmegen,
      organisationId: null,
      authorUid: c === ids.mbCandidate ? 'u-mb-adviser' : 'u-adviser',
      authorName: 'Adviser',
      createdAt: ago(minutes(60)),
    };
    world[`candidates/${c}/audit/ev-1`] = {
      action: 'create',
      actor: 'u-adviser',
      at: ago(minutes(60)),
      changedFields: ['name'],
      from: null,
      to: null,
    };
    world[`candidates/${c}/presence/u-adviser`] = { at: ago(minutes(1)) };
    world[`candidates/${c}/suggestions/current`] = {
      items: [
        {
          targetKind: 'school',
          targetId: ids.schoolA,
          regionId: ids.nijmegen,
          organisationId: ids.schoolA,
          organisationName: 'School A',
          title: 'School A',
          place: 'Nijmegen',
          distanceKm: 3,
          score: 70,
          reasons: ['Zoekt een leerkracht po'],
        },
      ],
      computedAt: ago(minutes(30)),
    };
  }

  // Next steps: two on the candidate's own dossier (one ticked off by them), one on the
  // shared dossier and one on the Midden-Brabant-only dossier.
  world[`candidates/${ids.ownCandidate}/steps/step-open`] = nextStep('Meld je aan voor een meeloopdag', 1, null, ago(minutes(60)));
  world[`candidates/${ids.ownCandidate}/steps/step-done`] = nextStep('Vraag je diploma-overzicht op', 2, { by: 'u-candidate', at: ago(minutes(30)) }, ago(minutes(60)));
  world[`candidates/${ids.otherCandidate}/steps/step-open`] = nextStep('Bel je adviseur terug', 1, null, ago(minutes(60)));
  world[`candidates/${ids.sharedCandidate}/steps/step-open`] = nextStep('Bezoek de open dag', 1, null, ago(minutes(60)));
  world[`candidates/${ids.mbCandidate}/steps/step-open`] = { ...nextStep('Bezoek de open dag', 1, null, ago(minutes(60))), createdBy: 'u-mb-adviser', updatedBy: 'u-mb-adviser' };

  // What the candidates with an account see of their dossiers (kept by a function).
  for (const [candidateId, matchIds] of [
    [ids.ownCandidate, ['match-a', 'match-p']],
    [ids.otherCandidate, []],
  ] as const) {
    const dossier = world[`candidates/${candidateId}`] as Candidate;
    const interaction = world[`candidates/${candidateId}/interactions/int-1`] as Interaction | undefined;
    const organisations = new Map(
      [ids.schoolA, ids.instituteA].map((o) => [`${ids.nijmegen}/${o}`, world[`${nij}/organisations/${o}`] as Organisation]),
    );
    world[`candidateViews/${candidateId}`] = buildCandidateView({
      candidate: dossier,
      adviser: { name: nameOf('u-adviser'), email: 'u-adviser@example.org', regionId: ids.nijmegen, regionName: 'RAP Nijmegen' },
      matches: matchIds.map((id) => ({ id, regionId: ids.nijmegen, match: world[`${nij}/matches/${id}`] as Match })),
      organisations,
      interactions: interaction ? [{ id: 'int-1', interaction }] : [],
      now,
    });
  }

  // A thread with the candidate (the candidate joined a day ago, the coordinator 5 minutes
  // ago, both seeing only what followed), a stakeholder-only thread that (wrongly, seeded by
  // the server) lists the candidate, and a general thread between the coordinator and school B.
  const withCandidateAt = ago(minutes(60 * 48));
  const candidateJoinedAt = ago(minutes(60 * 24));
  const coordinatorJoinedAt = ago(minutes(5));
  const withCandidateMessages: Record<string, DocumentData> = {
    // Before the candidate joined, an old one (edit window passed), the coordinator's joining, two recent ones.
    'm-before-candidate': message('u-adviser', ago(minutes(60 * 36))),
    'm-old': message('u-adviser', ago(minutes(20))),
    'm-added': participantsAdded([nameOf('u-coordinator')], 'from_now', coordinatorJoinedAt),
    'm-recent': message('u-adviser', ago(minutes(2))),
    'm-candidate': message('u-candidate', ago(minutes(2))),
  };
  const stakeholderMessages = { 'm-1': message('u-adviser', ago(minutes(3))) };
  const generalMessages = { 'm-1': message('u-coordinator', ago(minutes(4))) };
  world['threads/t-with-candidate'] = thread({
    candidateId: ids.ownCandidate,
    includesCandidate: true,
    at: withCandidateAt,
    participants: {
      'u-adviser': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
      'u-hr': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
      'u-candidate': { addedAt: candidateJoinedAt, history: 'from_now', visibleFrom: candidateJoinedAt },
      'u-coordinator': { addedAt: coordinatorJoinedAt, history: 'from_now', visibleFrom: coordinatorJoinedAt },
    },
    unread: { 'u-adviser': 0, 'u-hr': 2, 'u-candidate': 1, 'u-coordinator': 0 },
    readAt: { 'u-adviser': ago(minutes(1)), 'u-candidate': ago(minutes(10)), 'u-coordinator': ago(minutes(1)) },
    messages: withCandidateMessages,
  });
  world['threads/t-stakeholders'] = thread({
    candidateId: ids.ownCandidate,
    includesCandidate: false,
    at: withCandidateAt,
    participants: {
      'u-adviser': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
      'u-hr': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
      'u-candidate': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
    },
    unread: { 'u-adviser': 0, 'u-hr': 1, 'u-candidate': 1 },
    readAt: { 'u-adviser': ago(minutes(3)) },
    messages: stakeholderMessages,
  });
  world['threads/t-general'] = thread({
    candidateId: null,
    includesCandidate: false,
    at: withCandidateAt,
    participants: {
      'u-coordinator': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
      'u-hr-b': { addedAt: withCandidateAt, history: 'all', visibleFrom: withCandidateAt },
    },
    unread: { 'u-coordinator': 0, 'u-hr-b': 1 },
    readAt: { 'u-coordinator': ago(minutes(4)) },
    messages: generalMessages,
  });
  for (const [threadId, messages] of [
    ['t-with-candidate', withCandidateMessages],
    ['t-stakeholders', stakeholderMessages],
    ['t-general', generalMessages],
  ] as const) {
    for (const [messageId, data] of Object.entries(messages)) world[`threads/${threadId}/messages/${messageId}`] = data;
  }
  world['threads/t-with-candidate/typing/u-hr'] = { name: nameOf('u-hr'), at: ago(2_000) };

  // Cross-region figures: a month both regions take part in, the state now with Nijmegen only,
  // and a month only a region outside this world takes part in.
  world['crossRegionAggregates/m-2026-01'] = crossRegionAggregate('m-2026-01', 'month', { [ids.nijmegen]: 'RAP Nijmegen', [ids.middenBrabant]: 'RAP Midden-Brabant' }, now);
  world['crossRegionAggregates/current'] = crossRegionAggregate('current', 'state', { [ids.nijmegen]: 'RAP Nijmegen' }, now);
  world['crossRegionAggregates/m-2025-12'] = crossRegionAggregate('m-2025-12', 'month', { 'brabant-oost': 'Brabant Oost' }, now);
  world['mail/m1'] = { to: ['someone@example.org'], message: { subject: 'Hallo', text: 'Hallo' } };
  world['apiKeyHashes/' + 'a'.repeat(64)] = { regionId: ids.nijmegen, keyId: 'key-1' };
  world['publicRateLimits/' + 'd'.repeat(64)] = { count: 3, windowStart: now, expiresAt: now };
  world['idempotencyKeys/' + 'e'.repeat(64)] = { fingerprint: 'f'.repeat(64), state: 'done', status: 201, body: '{"statusCode":201}', createdAt: now, expiresAt: now };
  return world;
}

function notification(createdAt: Date): DocumentData {
  return { kind: 'task', title: 'Nieuwe taak', body: '', link: '/start', read: false, createdAt, email: 'immediate' };
}

function organisation(type: string, name: string): DocumentData {
  return { type, name, sectors: ['po'], address: null, postcode: null, place: 'Nijmegen', brin: null, boardId: null, website: null };
}

/** What the match workflow writes for school A (a vacancy) or institute A (a programme). */
function introduction(matchId: string, targetKind: 'school' | 'programme', createdAt: Date): DocumentData {
  const school = targetKind === 'school';
  return {
    matchId,
    targetKind,
    status: 'proposed',
    vacancyId: school ? 'vac-published' : null,
    vacancyTitle: school ? 'Leerkracht groep 5' : null,
    programmeId: school ? null : 'prog-published',
    programmeName: school ? null : 'Deeltijd pabo',
    profile: {
      firstName: 'Own',
      place: 'Nijmegen',
      sectors: ['po'],
      functions: [],
      subjects: [],
      qualifications: [],
      priorEducation: null,
      motivation: null,
    },
    note: 'Gemotiveerde zij-instromer',
    adviserName: 'Adviser',
    adviserEmail: 'u-adviser@example.org',
    response: null,
    plannedAt: null,
    respondedAt: null,
    respondedBy: null,
    createdAt,
  };
}

function match(matchId: string, targetKind: 'school' | 'programme', createdAt: Date): DocumentData {
  const school = targetKind === 'school';
  return {
    candidateId: ids.ownCandidate,
    candidateName: 'Own Candidate',
    targetKind,
    organisationId: school ? ids.schoolA : ids.instituteA,
    organisationName: school ? 'School A' : 'Institute A',
    vacancyId: school ? 'vac-published' : null,
    vacancyTitle: school ? 'Leerkracht groep 5' : null,
    programmeId: school ? null : 'prog-published',
    programmeName: school ? null : 'Deeltijd pabo',
    status: 'proposed',
    note: 'Gemotiveerde zij-instromer',
    response: null,
    plannedAt: null,
    score: 80,
    reasons: ['Zoekt een leerkracht po'],
    proposedBy: 'u-adviser',
    proposedByName: 'Adviser',
    steps: [{ status: 'proposed', at: createdAt, by: 'u-adviser', note: null }],
    createdAt,
    updatedAt: createdAt,
    updatedBy: 'u-adviser',
  };
}

function contact(organisationId: string): DocumentData {
  return { organisationId, name: 'Contact', jobTitle: 'HR', email: 'contact@example.org', phone: null };
}

function programme(organisationId: string, published: boolean): DocumentData {
  return {
    organisationId,
    name: 'Deeltijd pabo',
    type: 'part_time_pabo',
    sectors: ['po'],
    subjects: [],
    startDates: ['2026-09-01'],
    durationMonths: 36,
    admission: '',
    published,
  };
}

function vacancy(organisationId: string, published: boolean): DocumentData {
  return {
    organisationId,
    title: 'Leerkracht groep 5',
    sector: 'po',
    subjects: [],
    hoursPerWeek: 32,
    lateralEntry: true,
    closingDate: null,
    description: '',
    published,
  };
}

function activity(published: boolean, crossRegional: boolean, now: Date): DocumentData {
  return {
    kind: 'information_meeting',
    title: 'Informatieavond',
    description: '',
    startsAt: new Date(now.getTime() + minutes(60 * 24 * 7)),
    endsAt: new Date(now.getTime() + minutes(60 * 24 * 7 + 120)),
    location: 'Nijmegen',
    online: false,
    capacity: 40,
    published,
    crossRegional,
    registrationCount: 0,
  };
}

function registration(candidateId: string | null, registeredBy: string, registeredAt: Date): DocumentData {
  const source = registeredBy === 'u-candidate' ? 'candidate' : 'adviser';
  return { candidateId, name: 'Registrant', email: 'registrant@example.org', phone: null, status: 'registered', source, registeredAt, registeredBy };
}

function indexEntry(name: string, homeRegionId: string, now: Date): DocumentData {
  return {
    name,
    email: null,
    phone: null,
    place: null,
    postcode: null,
    phase: 'interest',
    status: 'active',
    phaseSince: now,
    ownerUid: null,
    homeRegionId,
    sectors: [],
    functions: [],
    qualifications: [],
    subjects: [],
    priorEducation: null,
    source: 'website_form',
    tags: [],
    organisationIds: [],
    lastContactAt: null,
    updatedAt: now,
    searchKeys: searchKeyMap([name]),
  };
}

/** A next step (nextStepSchema) the Nijmegen adviser set; `done` when someone ticked it off. */
function nextStep(title: string, order: number, done: { by: string; at: Date } | null, createdAt: Date): DocumentData {
  return {
    title,
    detail: null,
    dueDate: null,
    order,
    done: done !== null,
    doneAt: done?.at ?? null,
    doneBy: done?.by ?? null,
    createdAt,
    createdBy: 'u-adviser',
    updatedAt: createdAt,
    updatedBy: 'u-adviser',
  };
}

function savedView(ownerUid: string, shared: boolean, createdAt: Date): DocumentData {
  return { name: 'Mijn lijst', ownerUid, shared, filters: {}, createdAt };
}

function privacyRequest(candidateId: string, requestedAt: Date): DocumentData {
  return { candidateId, kind: 'export', status: 'open', requestedAt, handledAt: null, handledBy: null, note: null };
}

interface CandidateSeed {
  name: string;
  homeRegionId: string;
  regionIds: string[];
  authUid: string | null;
  introducedOrganisationIds: string[];
  at: Date;
  /** The candidate's consent decisions per region (server-owned), when they made any. */
  consentRegions?: Record<string, { given: boolean; at: Date }>;
  withdrawnRegionIds?: string[];
}

/** A complete dossier (candidateSchema). Also used by tests as a valid create payload. */
export function candidate(seed: CandidateSeed): DocumentData {
  const { consent } = candidateFixture();
  return candidateFixture({
    consent: {
      ...consent,
      ...(seed.consentRegions ? { regions: seed.consentRegions } : {}),
      ...(seed.withdrawnRegionIds ? { withdrawnRegionIds: seed.withdrawnRegionIds } : {}),
    },
    name: seed.name,
    phaseSince: seed.at,
    homeRegionId: seed.homeRegionId,
    regionIds: seed.regionIds,
    notes: 'Interne notitie',
    authUid: seed.authUid,
    introducedOrganisationIds: seed.introducedOrganisationIds,
    createdAt: seed.at,
    createdBy: 'u-adviser',
    updatedBy: 'u-adviser',
  });
}

/** How the threads know their participants (the directory's names at the time they joined). */
export const participantNames: Readonly<Record<string, string>> = {
  'u-coordinator': 'Carla Coördinator',
  'u-adviser': 'Anna Adviseur',
  'u-hr': 'Hanna HR',
  'u-hr-b': 'Bram HR',
  'u-candidate': 'Own Candidate',
};

/** The name a thread knows a participant by. */
export function nameOf(uid: string): string {
  const name = participantNames[uid];
  if (name === undefined) throw new Error(`${uid} takes part in no thread of the world`);
  return name;
}

const participantRoleOf: Readonly<Record<string, { role: string; organisationName: string | null }>> = {
  'u-coordinator': { role: 'coordinator', organisationName: null },
  'u-adviser': { role: 'adviser', organisationName: null },
  'u-hr': { role: 'hr', organisationName: 'School A' },
  'u-hr-b': { role: 'hr', organisationName: 'School B' },
  'u-candidate': { role: 'candidate', organisationName: null },
};

interface ParticipantSeed {
  addedAt: Date;
  history: 'all' | 'from_now';
  visibleFrom: Date;
}

interface ThreadSeed {
  candidateId: string | null;
  includesCandidate: boolean;
  /** By uid; the first one started the thread and added the others. */
  participants: Record<string, ParticipantSeed>;
  unread: Record<string, number>;
  readAt: Record<string, Date>;
  /** The thread's messages, for lastMessage, messageCount and lastActivityAt. */
  messages: Record<string, DocumentData>;
  at: Date;
}

/** A complete thread (threadSchema) as startThread, addThreadParticipants and the message trigger leave it. */
function thread(seed: ThreadSeed): DocumentData {
  const uids = Object.keys(seed.participants);
  const createdBy = uids[0] ?? 'u-adviser';
  const participants: Record<string, DocumentData> = {};
  const visibleFrom: Record<string, Date> = {};
  for (const [uid, participant] of Object.entries(seed.participants)) {
    const known = participantRoleOf[uid];
    if (!known) throw new Error(`no participant role for ${uid}`);
    participants[uid] = {
      name: nameOf(uid),
      role: known.role,
      organisationName: known.organisationName,
      addedAt: participant.addedAt,
      addedBy: createdBy,
      history: participant.history,
    };
    visibleFrom[uid] = participant.visibleFrom;
  }
  const texts = Object.values(seed.messages)
    .filter((m) => m.kind === 'text')
    .sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  const last = texts.at(-1);
  return {
    title: 'Overleg',
    regionId: ids.nijmegen,
    candidateId: seed.candidateId,
    includesCandidate: seed.includesCandidate,
    participantUids: uids,
    participants,
    visibleFrom,
    createdBy,
    createdAt: seed.at,
    lastActivityAt: last ? last.createdAt : seed.at,
    lastMessage: last ? { authorName: last.authorName, preview: last.text, at: last.createdAt } : null,
    messageCount: texts.length,
    unread: seed.unread,
    readAt: seed.readAt,
  };
}

/** A delivered text message (messageSchema) by a participant. */
function message(authorUid: string, createdAt: Date): DocumentData {
  return {
    kind: 'text',
    authorUid,
    authorName: nameOf(authorUid),
    text: 'Hallo',
    mentions: [],
    createdAt,
    editedAt: null,
    deleted: false,
    deliveredAt: createdAt,
    event: null,
  };
}

/** The system message addThreadParticipants writes, so everyone sees who joined and what they see. */
function participantsAdded(names: string[], history: 'all' | 'from_now', createdAt: Date): DocumentData {
  return {
    kind: 'participants_added',
    authorUid: 'system',
    authorName: '',
    text: '',
    mentions: [],
    createdAt,
    editedAt: null,
    deleted: false,
    deliveredAt: createdAt,
    event: { names, history },
  };
}

/** A region's monthly feedback summary (feedbackSummarySchema): one conversation rated 5, one activity 3. */
function feedbackSummary(month: string, updatedAt: Date): DocumentData {
  const subjects = addFeedbackCounts(feedbackContribution({ subject: 'conversation', rating: 5 }), feedbackContribution({ subject: 'activity', rating: 3 }));
  return { month, subjects, updatedAt };
}

/** A region's aggregate document of the `all` slice (aggregateSchema). */
function aggregate(period: string, kind: 'state' | 'month', start: string | null, all: Record<string, number>, updatedAt: Date): DocumentData {
  return { period, kind, start, slice: 'all', slices: { all }, updatedAt };
}

/** A cross-region document (crossRegionAggregateSchema) listing `regions` (id → name). */
function crossRegionAggregate(period: string, kind: 'state' | 'month', regions: Record<string, string>, updatedAt: Date): DocumentData {
  const regionIds = Object.keys(regions);
  return {
    period,
    kind,
    regionIds,
    regionNames: regions,
    byRegion: Object.fromEntries(regionIds.map((id, i) => [id, { total: 12 + i, 'column.interest': null }])),
    updatedAt,
  };
}

// ------------------------------------------------------------------ the environment

let testEnv: RulesTestEnvironment | undefined;
let serverApp: App | undefined;
const contexts = new Map<Persona, RulesTestContext>();

function emulatorHost(): { host: string; port: number } {
  const hostAndPort = process.env.FIRESTORE_EMULATOR_HOST;
  if (!hostAndPort) {
    throw new Error('FIRESTORE_EMULATOR_HOST is not set: run the rules tests through scripts/with-emulators.mjs');
  }
  const separator = hostAndPort.lastIndexOf(':');
  return { host: hostAndPort.slice(0, separator), port: Number(hostAndPort.slice(separator + 1)) };
}

function env(): RulesTestEnvironment {
  if (!testEnv) throw new Error('the rules test environment is not initialised: call useRulesEnvironment() in the test file');
  return testEnv;
}

function firestoreOf(context: RulesTestContext): Firestore {
  // The test contexts hand out the compat Firestore; the modular API accepts it at runtime.
  return context.firestore() as unknown as Firestore;
}

/**
 * The moment the emulator's world was seeded. Restores rebuild documents for this moment, so
 * a restored thread and the messages it was seeded with keep their times relative to each
 * other (a visibleFrom equal to a message's createdAt stays equal).
 */
let seededAt: Date | undefined;

/** Writes the whole world with rules disabled. */
async function seedWorld(): Promise<void> {
  seededAt = new Date();
  const world = buildWorld(seededAt);
  await env().withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    const paths = Object.keys(world);
    for (let start = 0; start < paths.length; start += 400) {
      const batch = writeBatch(db);
      for (const path of paths.slice(start, start + 400)) {
        const data = world[path];
        if (data) batch.set(doc(db, path), data);
      }
      await batch.commit();
    }
  });
}

/**
 * A long-lived Admin SDK client (it bypasses rules, like the Cloud Functions do). Used to put
 * back the few documents a successful write touched: far faster than a context per restore.
 */
function serverDb(): AdminFirestore {
  serverApp ??= initializeAdminApp({ projectId }, `rules-tests-${process.pid}`);
  return getAdminFirestore(serverApp);
}

/** Puts documents back as the world has them (deleting those the world doesn't have). */
export async function restore(paths: readonly string[]): Promise<void> {
  const world = buildWorld(seededAt);
  const db = serverDb();
  const batch = db.batch();
  for (const path of paths) {
    const data = world[path];
    if (data) batch.set(db.doc(path), data);
    else batch.delete(db.doc(path));
  }
  await batch.commit();
}

/**
 * Runs `fn` in a world where `changes` (path → document, merged over the fixture or replacing
 * it) were made by the server, as a Cloud Function would, then puts those documents back.
 */
export async function withServerChanges(
  changes: Record<string, DocumentData>,
  fn: () => Promise<void>,
  mode: 'merge' | 'replace' = 'merge',
): Promise<void> {
  const db = serverDb();
  const batch = db.batch();
  for (const [path, data] of Object.entries(changes)) batch.set(db.doc(path), data, { merge: mode === 'merge' });
  await batch.commit();
  try {
    await fn();
  } finally {
    await restore(Object.keys(changes));
  }
}

/** Reads a document bypassing the rules (to check what a write really did). */
export async function readAsServer(path: string): Promise<DocumentData | undefined> {
  return (await serverDb().doc(path).get()).data();
}

/**
 * Set when the emulator may hold something other than the seeded world and the test didn't
 * say which documents to restore; the next test then starts from a fresh world.
 */
let dirty = false;

/**
 * Registers hooks for one test file: a fresh environment and world before the file, and a
 * fresh world before any test that follows an unexpected or undeclared write.
 */
export function useRulesEnvironment(): void {
  beforeAll(async () => {
    // Talk to the Firestore emulator only: without this, the test environment first asks the
    // emulator hub (FIREBASE_EMULATOR_HUB), which adds a dependency these tests don't need.
    delete process.env.FIREBASE_EMULATOR_HUB;
    testEnv = await initializeTestEnvironment({
      projectId,
      firestore: { ...emulatorHost(), rules: readFileSync(resolve(repoRoot, 'firestore.rules'), 'utf8') },
    });
    await testEnv.clearFirestore();
    await seedWorld();
    // Open every persona's connection side by side, so the first test doesn't pay for it.
    await Promise.all(personas.map((persona) => outcomeOf(getDoc(doc(dbAs(persona), 'regions', ids.nijmegen)))));
    dirty = false;
  });
  beforeEach(async () => {
    if (!dirty) return;
    await env().clearFirestore();
    await seedWorld();
    dirty = false;
  });
  afterAll(async () => {
    contexts.clear();
    await testEnv?.cleanup();
    testEnv = undefined;
    if (serverApp) await deleteAdminApp(serverApp);
    serverApp = undefined;
  });
}

/** A Firestore client signed in as `persona` (or signed out). */
export function dbAs(persona: Persona): Firestore {
  let context = contexts.get(persona);
  if (!context) {
    const uid = personaSpecs[persona].uid;
    context = uid === null ? env().unauthenticatedContext() : env().authenticatedContext(uid);
    contexts.set(persona, context);
  }
  return firestoreOf(context);
}

// ------------------------------------------------------------------ outcomes

type Outcome = { kind: 'allowed'; wrote: boolean } | { kind: 'denied' } | { kind: 'error'; message: string };

function isPermissionDenied(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'permission-denied';
}

/** Runs an attempt; reads resolve to a snapshot, anything else that succeeded may have written. */
async function outcomeOf(attempt: Promise<unknown>): Promise<Outcome> {
  try {
    const result = await attempt;
    return { kind: 'allowed', wrote: !(result instanceof DocumentSnapshot || result instanceof QuerySnapshot) };
  } catch (error) {
    if (isPermissionDenied(error)) return { kind: 'denied' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether the rules allow `attempt` (false when denied; other errors are thrown). */
export async function isAllowed(attempt: Promise<unknown>): Promise<boolean> {
  const outcome = await outcomeOf(attempt);
  if (outcome.kind === 'error') throw new Error(outcome.message);
  if (outcome.kind === 'allowed' && outcome.wrote) dirty = true;
  return outcome.kind === 'allowed';
}

function describeOutcome(outcome: Outcome): string {
  return outcome.kind === 'error' ? `failed with "${outcome.message}"` : outcome.kind;
}

/**
 * Asserts that `attempt` succeeds (allowed) or is denied by the rules. A successful write
 * restores `restores` afterwards; without it the next test starts from a fresh world.
 */
export async function expectAllowed(allowed: boolean, attempt: Promise<unknown>, restores?: readonly string[]): Promise<void> {
  const outcome = await outcomeOf(attempt);
  if (outcome.kind === 'allowed' && outcome.wrote) {
    if (restores) await restore(restores);
    else dirty = true;
  }
  const expected = allowed ? 'allowed' : 'denied';
  expect(describeOutcome(outcome), `expected the request to be ${expected}`).toBe(expected);
}

// ------------------------------------------------------------------ policy tables

export interface AccessCase {
  /** What is attempted, completing "<who> can …". */
  action: string;
  /** Personas the policy allows; every other persona must be denied. */
  allowed: readonly Persona[];
  attempt: (db: Firestore, persona: Persona) => Promise<unknown>;
  /**
   * Documents a successful attempt may create, change or delete; required for writes (and
   * what marks a case as a write: its allowed personas then go one at a time).
   */
  restores?: readonly string[];
}

function listLabels(list: readonly Persona[]): string {
  const labels = list.map(labelOf);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** "only X and Y can …", "nobody can …", "every signed-in user can …". */
export function policyName(accessCase: AccessCase): string {
  const { allowed, action } = accessCase;
  if (allowed.length === 0) return `nobody can ${action}`;
  const signedInExcluded = signedInPersonas.filter((p) => !allowed.includes(p));
  if (!allowed.includes('signedOut') && signedInExcluded.length === 0) {
    return `every signed-in user can ${action}, a signed-out visitor cannot`;
  }
  if (!allowed.includes('signedOut') && signedInExcluded.length <= 2) {
    return `every signed-in user except ${listLabels(signedInExcluded)} can ${action}`;
  }
  return `only ${listLabels(allowed)} can ${action}`;
}

/**
 * One test per case: every persona attempts it; those in `allowed` must succeed and all
 * others must be denied. Denied attempts run side by side (they change nothing); allowed
 * writes run one by one, each followed by a restore of `restores`.
 */
export function accessTable(title: string, cases: readonly AccessCase[]): void {
  describe(title, () => {
    for (const accessCase of cases) {
      for (const persona of accessCase.allowed) {
        if (!personas.includes(persona)) throw new Error(`unknown persona ${persona}`);
      }
      test(policyName(accessCase), async () => {
        const attemptAs = (persona: Persona): Promise<Outcome> => outcomeOf(accessCase.attempt(dbAs(persona), persona));
        const outcomes = new Map<Persona, Outcome>();
        const runSideBySide = async (group: readonly Persona[]): Promise<void> => {
          const results = await Promise.all(group.map(attemptAs));
          group.forEach((persona, i) => outcomes.set(persona, results[i] ?? { kind: 'error', message: 'no outcome' }));
        };

        if (!accessCase.restores) {
          // A read: nobody changes anything, so everyone tries at once.
          await runSideBySide(personas);
          if ([...outcomes.values()].some((o) => o.kind === 'allowed' && o.wrote)) {
            dirty = true;
            throw new Error(`"${accessCase.action}" wrote: declare the documents it touches in restores`);
          }
        } else {
          // A write: the denied try at once (they change nothing), then each allowed persona
          // on the untouched world, restored after every success.
          await runSideBySide(personas.filter((p) => !accessCase.allowed.includes(p)));
          if ([...outcomes.values()].some((o) => o.kind === 'allowed' && o.wrote)) await restore(accessCase.restores);
          for (const persona of accessCase.allowed) {
            const outcome = await attemptAs(persona);
            outcomes.set(persona, outcome);
            if (outcome.kind === 'allowed' && outcome.wrote) await restore(accessCase.restores);
          }
        }

        const unexpected = personas
          .map((persona) => {
            const expected = accessCase.allowed.includes(persona) ? 'allowed' : 'denied';
            const outcome = outcomes.get(persona);
            const actual = outcome ? describeOutcome(outcome) : 'not attempted';
            return actual === expected ? null : `${labelOf(persona)}: expected ${expected}, was ${actual}`;
          })
          .filter((line): line is string => line !== null);
        expect(unexpected).toEqual([]);
      });
    }
  });
}
