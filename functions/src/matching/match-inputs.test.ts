import type { Organisation, Programme, Vacancy } from '@koers/domain';
import { candidateFixture } from '@koers/domain/testing';
import { describe, expect, it } from 'vitest';
import { chunk, matchRelevantChange, regionTargets, toCandidateSuggestion, toMatchCandidate, toSuggestion, toVacancyTarget } from './match-inputs.js';

function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return { type: 'school', name: 'Kindcentrum De Klimop', sectors: ['po'], address: null, postcode: null, place: 'Nijmegen', brin: null, boardId: null, website: null, ...overrides };
}

function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    organisationId: 'klimop',
    title: 'Leerkracht groep 5',
    sector: 'po',
    subjects: [],
    hoursPerWeek: 32,
    lateralEntry: true,
    closingDate: '2026-12-31',
    description: 'Kom ons team versterken.',
    published: true,
    ...overrides,
  };
}

function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    organisationId: 'han',
    name: 'Deeltijd pabo',
    type: 'part_time_pabo',
    sectors: ['po'],
    subjects: [],
    startDates: ['2027-02-01'],
    durationMonths: 36,
    admission: 'hbo-diploma',
    published: true,
    ...overrides,
  };
}

const organisations = new Map<string, Organisation>([
  ['klimop', organisation()],
  ['han', organisation({ type: 'training_institute', name: 'HAN Pabo', place: 'Arnhem' })],
  ['bestuur', organisation({ type: 'school_board', name: 'Stichting Conexus' })],
  ['desk', organisation({ type: 'regional_desk', name: 'Regioloket' })],
]);

describe('match targets from a region’s documents', () => {
  it('a vacancy takes its school’s name and place, and a missing role means a teaching post', () => {
    const target = toVacancyTarget('nijmegen', 'v1', vacancy({ startDate: '2027-01-01' }), organisations.get('klimop'));
    expect(target).toEqual({
      kind: 'vacancy',
      id: 'v1',
      regionId: 'nijmegen',
      organisationId: 'klimop',
      organisationName: 'Kindcentrum De Klimop',
      place: 'Nijmegen',
      title: 'Leerkracht groep 5',
      sector: 'po',
      subjects: [],
      jobFunction: 'teacher',
      hoursPerWeek: 32,
      lateralEntry: true,
      closingDate: '2026-12-31',
      startDate: '2027-01-01',
    });
    expect(toVacancyTarget('nijmegen', 'v2', vacancy({ jobFunction: 'support_staff' }), organisations.get('klimop'))?.jobFunction).toBe('support_staff');
    expect(toVacancyTarget('nijmegen', 'v3', vacancy(), organisations.get('klimop'))?.startDate).toBeNull();
  });

  it('only schools are school targets; boards, institutes and the desk are not', () => {
    const targets = regionTargets('nijmegen', { organisations, vacancies: new Map(), programmes: new Map() });
    expect(targets.map((target) => [target.kind, target.id])).toEqual([['school', 'klimop']]);
  });

  it('leaves out drafts and offer of unknown organisations, and orders by kind then id', () => {
    const targets = regionTargets('nijmegen', {
      organisations,
      vacancies: new Map([
        ['v2', vacancy()],
        ['v1', vacancy()],
        ['draft', vacancy({ published: false })],
        ['orphan', vacancy({ organisationId: 'gone' })],
      ]),
      programmes: new Map([
        ['p1', programme()],
        ['draft', programme({ published: false })],
      ]),
    });
    expect(targets.map((target) => `${target.kind}:${target.id}`)).toEqual(['vacancy:v1', 'vacancy:v2', 'school:klimop', 'programme:p1']);
    const pabo = targets.at(-1);
    expect(pabo).toMatchObject({ kind: 'programme', organisationId: 'han', organisationName: 'HAN Pabo', place: 'Arnhem', startDates: ['2027-02-01'], durationMonths: 36 });
  });

  it('keeps a closed vacancy: the scorer compares closing dates with today', () => {
    expect(toVacancyTarget('nijmegen', 'old', vacancy({ closingDate: '2020-01-01' }), organisations.get('klimop'))).not.toBeNull();
  });

  it('splits into chunks of at most the size, and an empty offer into one empty chunk', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 400)).toEqual([[]]);
  });
});

describe('the candidate as the scorer sees it', () => {
  it('carries the profile and preferences, not contact data or notes', () => {
    const candidate = candidateFixture({ email: 'anna@example.nl', phone: '0612345678', notes: 'privé', matchPreferences: { hoursPerWeek: 24, availableFrom: null, maxDistanceKm: 30 } });
    const seen = toMatchCandidate('c1', candidate);
    expect(seen).toEqual({
      id: 'c1',
      name: 'Anna de Vries',
      phase: 'interest',
      sectors: ['po'],
      functions: [],
      qualifications: [],
      subjects: [],
      priorEducation: null,
      place: 'Nijmegen',
      preferences: { hoursPerWeek: 24, availableFrom: null, maxDistanceKm: 30 },
    });
    expect(toMatchCandidate('c2', candidateFixture()).preferences).toBeNull();
  });
});

describe('suggestions from scored pairs', () => {
  it('a vacancy suggestion has the vacancy title, the school and a rounded score within 0–100', () => {
    const target = toVacancyTarget('nijmegen', 'v1', vacancy(), organisations.get('klimop'))!;
    expect(toSuggestion({ item: target, score: 87.6, reasons: ['Zoekt werk in het primair onderwijs'], distanceKm: 3.14159 })).toEqual({
      targetKind: 'vacancy',
      targetId: 'v1',
      regionId: 'nijmegen',
      organisationId: 'klimop',
      organisationName: 'Kindcentrum De Klimop',
      title: 'Leerkracht groep 5',
      place: 'Nijmegen',
      distanceKm: 3.1,
      score: 88,
      reasons: ['Zoekt werk in het primair onderwijs'],
    });
    expect(toSuggestion({ item: target, score: 140, reasons: ['x'.repeat(400)], distanceKm: null })).toMatchObject({ score: 100, distanceKm: null });
    expect(toSuggestion({ item: target, score: 1, reasons: ['x'.repeat(400)], distanceKm: null }).reasons[0]).toHaveLength(300);
  });

  it('a candidate suggestion names the candidate, phase and place', () => {
    const candidate = toMatchCandidate('c1', candidateFixture({ phase: 'decision' }));
    expect(toCandidateSuggestion({ item: candidate, score: 55, reasons: ['Woont dichtbij'], distanceKm: 4 })).toEqual({
      candidateId: 'c1',
      name: 'Anna de Vries',
      phase: 'decision',
      place: 'Nijmegen',
      distanceKm: 4,
      score: 55,
      reasons: ['Woont dichtbij'],
    });
  });
});

describe('which dossier writes change suggestions', () => {
  const before = { ...candidateFixture(), notes: 'a', lastContactAt: null } as Record<string, unknown>;
  it('profile, wishes, regions, phase and status do', () => {
    for (const [field, value] of [
      ['sectors', ['vo']],
      ['place', 'Arnhem'],
      ['matchPreferences', { hoursPerWeek: 8, availableFrom: null, maxDistanceKm: null }],
      ['regionIds', ['nijmegen', 'arnhem']],
      ['phase', 'matching'],
      ['status', 'exited'],
    ] as const) {
      expect(matchRelevantChange(before, { ...before, [field]: value }), field).toBe(true);
    }
  });
  it('notes, contact moments and stamps do not; creation and deletion do', () => {
    expect(matchRelevantChange(before, { ...before, notes: 'b', lastContactAt: new Date(), updatedBy: 'x' })).toBe(false);
    expect(matchRelevantChange(null, before)).toBe(true);
    expect(matchRelevantChange(before, null)).toBe(true);
  });
});
