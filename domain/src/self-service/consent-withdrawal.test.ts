import { describe, expect, it } from 'vitest';
import type { Match } from '../schemas/matching.js';
import { consentWithdrawalAuditId, consentWithdrawnNote, matchNeedsWithdrawal, planConsentWithdrawal, withdrawnMatch, type ConsentWithdrawalSources } from './consent-withdrawal.js';

const proposedAt = new Date('2026-11-20T09:00:00Z');
const now = new Date('2026-12-01T10:00:00Z');

function match(overrides: Partial<Match> = {}): Match {
  return {
    candidateId: 'sanne',
    candidateName: 'Sanne Bakker',
    targetKind: 'school',
    organisationId: 'rijn',
    organisationName: 'Basisschool De Rijn',
    vacancyId: 'v-arnhem',
    vacancyTitle: 'Leerkracht groep 3',
    programmeId: null,
    programmeName: null,
    status: 'accepted',
    note: 'Sanne past goed bij het team.',
    response: 'Graag kennismaken met Sanne.',
    plannedAt: new Date('2026-12-10T14:00:00Z'),
    score: 82,
    reasons: ['Woont op 4 km'],
    proposedBy: 'olga',
    proposedByName: 'Olga',
    steps: [
      { status: 'proposed', at: proposedAt, by: 'olga', note: 'Sanne past goed bij het team.' },
      { status: 'accepted', at: new Date('2026-11-21T09:00:00Z'), by: 'hr-rijn', note: 'Graag kennismaken met Sanne.' },
    ],
    createdAt: proposedAt,
    updatedAt: proposedAt,
    updatedBy: 'olga',
    ...overrides,
  };
}

function sources(overrides: Partial<ConsentWithdrawalSources> = {}): ConsentWithdrawalSources {
  return {
    regionId: 'arnhem',
    matches: [{ id: 'm-rijn', match: match() }],
    introductions: [{ organisationId: 'rijn', matchId: 'm-rijn' }],
    introducedOrganisationIds: ['klimop', 'rijn'],
    organisationIdsStillIntroduced: ['klimop'],
    threadIds: [],
    actor: 'uid-sanne',
    now,
    ...overrides,
  };
}

describe('withdrawnMatch', () => {
  it('ends an open match as withdrawn with a step that says the candidate withdrew consent', () => {
    const patch = withdrawnMatch(match(), 'uid-sanne', now);
    expect(patch.status).toBe('withdrawn');
    expect(patch.steps.at(-1)).toEqual({ status: 'withdrawn', at: now, by: 'uid-sanne', note: consentWithdrawnNote });
    expect(patch).toMatchObject({ updatedAt: now, updatedBy: 'uid-sanne' });
  });

  it('takes the name, notes, answers, score and reasons, and keeps the steps with their dates', () => {
    const patch = withdrawnMatch(match(), 'uid-sanne', now);
    expect(patch).toMatchObject({ candidateName: '', note: null, response: null, score: null, reasons: [] });
    expect(patch.steps.map(({ status, at, note }) => ({ status, at, note }))).toEqual([
      { status: 'proposed', at: proposedAt, note: null },
      { status: 'accepted', at: new Date('2026-11-21T09:00:00Z'), note: null },
      { status: 'withdrawn', at: now, note: consentWithdrawnNote },
    ]);
    expect(JSON.stringify(patch)).not.toContain('Sanne');
  });

  it('keeps the status of a closed match (a start stays a start in the figures) and adds no step', () => {
    const started = match({ status: 'started', steps: [{ status: 'started', at: proposedAt, by: 'hr-rijn', note: 'Welkom Sanne' }] });
    const patch = withdrawnMatch(started, 'uid-sanne', now);
    expect(patch.status).toBe('started');
    expect(patch.steps).toEqual([{ status: 'started', at: proposedAt, by: 'hr-rijn', note: null }]);
  });
});

describe('matchNeedsWithdrawal', () => {
  it('is false once the match is closed and holds nothing personal, so a second run leaves it alone', () => {
    const cleared = { ...match(), ...withdrawnMatch(match(), 'uid-sanne', now) };
    expect(matchNeedsWithdrawal(cleared)).toBe(false);
    expect(matchNeedsWithdrawal(match())).toBe(true);
    expect(matchNeedsWithdrawal({ ...cleared, candidateName: 'Sanne Bakker' })).toBe(true);
    expect(matchNeedsWithdrawal({ ...cleared, status: 'proposed' })).toBe(true);
  });
});

describe('planConsentWithdrawal', () => {
  it('withdraws the matches, deletes the introductions and removes the region’s organisations from the dossier', () => {
    const plan = planConsentWithdrawal(sources());
    expect(plan.matches).toEqual([{ id: 'm-rijn', patch: withdrawnMatch(match(), 'uid-sanne', now) }]);
    expect(plan.introductions).toEqual([{ organisationId: 'rijn', matchId: 'm-rijn' }]);
    expect(plan.introducedOrganisationIds).toEqual(['klimop']);
  });

  it('keeps an organisation the candidate is also introduced to through a region that still has consent', () => {
    const plan = planConsentWithdrawal(
      sources({
        matches: [{ id: 'm-rijn', match: match() }, { id: 'm-klimop-arnhem', match: match({ organisationId: 'klimop' }) }],
        introductions: [],
      }),
    );
    expect(plan.introducedOrganisationIds).toEqual(['klimop']);
    expect(plan.entry?.to).toMatchObject({ removedOrganisationIds: ['rijn'] });
  });

  it('records one audit entry with ids only, the candidate as actor', () => {
    const closedMatch = match({ status: 'declined' });
    const plan = planConsentWithdrawal(sources({ matches: [{ id: 'm-rijn', match: match() }, { id: 'm-old', match: closedMatch }] }));
    expect(plan.entry).toEqual({
      action: 'consent',
      actor: 'uid-sanne',
      at: now,
      changedFields: ['matches', 'introductions', 'introducedOrganisationIds'],
      from: { regionId: 'arnhem', given: false },
      to: { regionId: 'arnhem', withdrawnMatchIds: ['m-rijn'], clearedMatchIds: ['m-rijn', 'm-old'], deletedIntroductionIds: ['m-rijn'], removedOrganisationIds: ['rijn'], deletedThreadIds: [] },
    });
    expect(JSON.stringify(plan.entry)).not.toMatch(/Sanne|Rijn|groep/);
    expect(consentWithdrawalAuditId('arnhem', now)).toBe(`consent-withdrawal-arnhem-${now.getTime()}`);
  });

  it('finishes a half-done cleanup and plans nothing once everything is done', () => {
    const cleared = { ...match(), ...withdrawnMatch(match(), 'uid-sanne', now) };
    const halfDone = planConsentWithdrawal(sources({ matches: [{ id: 'm-rijn', match: cleared }] }));
    expect(halfDone.matches).toEqual([]);
    expect(halfDone.introductions).toEqual([{ organisationId: 'rijn', matchId: 'm-rijn' }]);
    expect(halfDone.introducedOrganisationIds).toEqual(['klimop']);
    expect(halfDone.entry?.changedFields).toEqual(['introductions', 'introducedOrganisationIds']);

    const done = planConsentWithdrawal(sources({ matches: [{ id: 'm-rijn', match: cleared }], introductions: [], introducedOrganisationIds: ['klimop'] }));
    expect(done).toEqual({ matches: [], introductions: [], introducedOrganisationIds: null, threads: [], entry: null });
  });

  it('erases the region’s threads about the candidate, also when nothing else is left, and lists their ids', () => {
    const cleared = { ...match(), ...withdrawnMatch(match(), 'uid-sanne', now) };
    const plan = planConsentWithdrawal(sources({ matches: [{ id: 'm-rijn', match: cleared }], introductions: [], introducedOrganisationIds: ['klimop'], threadIds: ['t-1', 't-2'] }));
    expect(plan.threads).toEqual(['t-1', 't-2']);
    expect(plan.entry?.changedFields).toEqual(['threads']);
    expect(plan.entry?.to).toMatchObject({ deletedThreadIds: ['t-1', 't-2'] });
  });

  it('plans nothing for a region without matches of the candidate', () => {
    expect(planConsentWithdrawal(sources({ matches: [], introductions: [] }))).toMatchObject({ matches: [], introducedOrganisationIds: null, entry: null });
  });
});
