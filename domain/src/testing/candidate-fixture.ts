import type { Candidate, Interaction } from '../schemas/candidate.js';
import type { Match } from '../schemas/matching.js';

// Fixtures of a dossier and what hangs off it, for tests (unit, rules, integration, end-to-end),
// so each test states only the fields it is about. Not exported from the package's main entry:
// import them from `@koers/domain/testing`.

/** A complete, valid dossier. */
export function candidateFixture(overrides: Partial<Candidate> = {}): Candidate {
  const at = overrides.createdAt ?? new Date('2026-10-01T09:00:00Z');
  const homeRegionId = overrides.homeRegionId ?? overrides.regionIds?.[0] ?? 'nijmegen';
  return {
    name: 'Anna de Vries',
    email: null,
    phone: null,
    linkedin: null,
    birthDate: null,
    address: null,
    postcode: null,
    place: 'Nijmegen',
    motivation: null,
    sectors: ['po'],
    functions: [],
    qualifications: [],
    subjects: [],
    priorEducation: null,
    phase: 'interest',
    status: 'active',
    phaseSince: at,
    exitReason: null,
    ownerUid: null,
    homeRegionId,
    regionIds: [homeRegionId],
    consent: { privacy: true, retainAfterProcess: false, givenAt: at, withdrawnAt: null, source: 'intake_form', shareWithOrganisations: true },
    source: 'website_form',
    tags: [],
    bottlenecks: [],
    customFields: {},
    notes: null,
    lastContactAt: null,
    authUid: null,
    introducedOrganisationIds: [],
    createdAt: at,
    createdBy: 'adviser-fixture',
    updatedAt: at,
    updatedBy: 'adviser-fixture',
    ...overrides,
  };
}

/**
 * A proposed match of the fixture dossier with a school. Its staff-only parts (note, score,
 * reasons) are filled in, so tests can check they never reach the candidate.
 */
export function matchFixture(overrides: Partial<Match> = {}): Match {
  const at = overrides.createdAt ?? new Date('2026-10-01T09:00:00Z');
  return {
    candidateId: 'candidate-fixture',
    candidateName: 'Anna de Vries',
    targetKind: 'school',
    organisationId: 'klimop',
    organisationName: 'De Klimop',
    vacancyId: null,
    vacancyTitle: null,
    programmeId: null,
    programmeName: null,
    status: 'proposed',
    note: 'Interne toelichting',
    response: null,
    plannedAt: null,
    score: 91,
    reasons: ['Woont dichtbij'],
    proposedBy: 'adviser-fixture',
    proposedByName: 'Thomas',
    steps: [{ status: 'proposed', at, by: 'adviser-fixture', note: null }],
    createdAt: at,
    updatedAt: at,
    updatedBy: 'adviser-fixture',
    ...overrides,
  };
}

/** An advice conversation in the fixture dossier's region, recorded when it took place; its summary and notes are staff-only. */
export function interactionFixture(overrides: Partial<Interaction> = {}): Interaction {
  const at = overrides.performedAt ?? new Date('2026-10-01T09:00:00Z');
  return {
    kind: 'advice_conversation',
    summary: 'Gesprek',
    notes: 'Twijfelt over salaris',
    performedAt: at,
    durationMinutes: 30,
    regionId: 'nijmegen',
    organisationId: null,
    authorUid: 'adviser-fixture',
    authorName: 'Thomas',
    createdAt: at,
    ...overrides,
  };
}
