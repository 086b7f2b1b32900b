import type { Candidate } from '../schemas/candidate.js';

/**
 * A complete, valid dossier for tests (unit, rules, integration, end-to-end), so each test
 * states only the fields it is about. Not exported from the package's main entry: import
 * it from `@koers/domain/testing`.
 */
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
