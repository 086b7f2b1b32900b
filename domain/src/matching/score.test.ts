import { describe, expect, it } from 'vitest';
import { rankAll, rankCandidates, rankTargets, scoreMatch } from './score.js';
import type { Exclusion, MatchCandidate, MatchTarget, ProgrammeTarget, SchoolTarget, ScoredMatch, VacancyTarget } from './types.js';

const context = { today: '2026-11-30' };

function candidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id: 'c1',
    name: 'Anna',
    phase: 'matching',
    sectors: ['vo'],
    functions: ['teacher'],
    qualifications: [],
    subjects: ['wiskunde'],
    priorEducation: 'hbo_bachelor',
    place: 'Nijmegen',
    preferences: { hoursPerWeek: 32, availableFrom: '2027-01-01', maxDistanceKm: 30 },
    ...overrides,
  };
}

function vacancy(overrides: Partial<VacancyTarget> = {}): VacancyTarget {
  return {
    kind: 'vacancy',
    id: 'v1',
    regionId: 'nijmegen',
    organisationId: 'o1',
    organisationName: 'Stedelijk College',
    place: 'Nijmegen',
    title: 'Docent wiskunde',
    sector: 'vo',
    subjects: ['wiskunde'],
    jobFunction: 'teacher',
    hoursPerWeek: 32,
    lateralEntry: true,
    closingDate: '2027-01-15',
    startDate: '2027-02-01',
    ...overrides,
  };
}

function programme(overrides: Partial<ProgrammeTarget> = {}): ProgrammeTarget {
  return {
    kind: 'programme',
    id: 'p1',
    regionId: 'nijmegen',
    organisationId: 'han',
    organisationName: 'HAN',
    place: 'Nijmegen',
    name: 'Tweedegraads wiskunde',
    type: 'second_degree',
    sectors: [],
    subjects: ['wiskunde'],
    startDates: ['2026-09-01', '2027-02-01'],
    durationMonths: 48,
    ...overrides,
  };
}

function school(overrides: Partial<SchoolTarget> = {}): SchoolTarget {
  return {
    kind: 'school',
    id: 's1',
    regionId: 'nijmegen',
    organisationId: 's1',
    organisationName: 'Dominicus College',
    place: 'Nijmegen',
    name: 'Dominicus College',
    sectors: ['vo'],
    ...overrides,
  };
}

function fit(c: MatchCandidate, t: MatchTarget): ScoredMatch<MatchTarget> {
  const result = scoreMatch(c, t, context);
  if ('excluded' in result) throw new Error(`expected a fit, got an exclusion: ${result.reasons.join('; ')}`);
  return result;
}

function excluded(c: MatchCandidate, t: MatchTarget): string[] {
  const result = scoreMatch(c, t, context);
  expect(result).toHaveProperty('excluded', true);
  return (result as Exclusion).reasons;
}

describe('scoreMatch: the whole pair', () => {
  it('gives a perfect vacancy 100 with every reason, strongest first', () => {
    const result = fit(candidate({ preferences: { hoursPerWeek: 32, availableFrom: '2027-01-01', maxDistanceKm: 30 } }), vacancy());
    expect(result.score).toBe(100);
    expect(result.distanceKm).toBe(0);
    expect(result.reasons).toEqual([
      'minder dan 1 km',
      'Voortgezet onderwijs gevraagd, kandidaat wil vo',
      'Wiskunde gevraagd, kandidaat wil wiskunde',
      'Docent gevraagd, kandidaat wil docent',
      'zij-instroom mogelijk',
      'start 1 februari 2027, kandidaat kan vanaf 1 januari 2027',
      'vacature 32 uur, kandidaat zoekt 32 uur',
    ]);
  });

  it('scores a realistic vacancy 16 km away lower, with the distance among the reasons', () => {
    const result = fit(candidate({ preferences: { hoursPerWeek: 24, availableFrom: '2027-01-01', maxDistanceKm: 25 } }), vacancy({ place: 'Arnhem' }));
    expect(result.distanceKm).toBe(15.8);
    expect(result.reasons).toContain('16 km');
    expect(result.reasons).toContain('vacature 32 uur, kandidaat zoekt 24 uur');
    // 20 base + 15 sector + 15 subject + 10 function + 10 lateral entry + 13.7 distance + 0 hours + 5 start
    expect(result.score).toBe(89);
  });

  it('returns every hard mismatch as the exclusion reasons', () => {
    const reasons = excluded(
      candidate({ sectors: ['po'], subjects: ['duits'], priorEducation: 'mbo_3' }),
      vacancy({ place: 'Zwolle', closingDate: '2026-11-01' }),
    );
    expect(reasons).toEqual([
      'vacature gesloten (sluitingsdatum 1 november 2026)',
      'Kandidaat wil alleen po; dit is vo',
      'Wiskunde gevraagd; kandidaat wil alleen Duits',
      'Zij-instroom vraagt een hbo- of wo-diploma; kandidaat heeft mbo-3',
      '76 km, verder dan de 30 km die kandidaat wil reizen',
    ]);
  });

  it('scores any phase: the functions decide whom to score', () => {
    expect(fit(candidate({ phase: 'interest' }), vacancy()).score).toBe(fit(candidate({ phase: 'preparation' }), vacancy()).score);
  });

  it('rejects a context without a valid date', () => {
    expect(() => scoreMatch(candidate(), vacancy(), { today: 'morgen' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('rule: sector', () => {
  it('rewards the sector the candidate wants, in the words of each kind of target', () => {
    expect(fit(candidate(), vacancy()).reasons).toContain('Voortgezet onderwijs gevraagd, kandidaat wil vo');
    expect(fit(candidate(), school()).reasons).toContain('School voor voortgezet onderwijs, kandidaat wil vo');
    expect(fit(candidate({ sectors: ['po'], subjects: [] }), programme({ type: 'part_time_pabo', subjects: [] })).reasons).toContain(
      'Opleiding voor primair onderwijs, kandidaat wil po',
    );
  });

  it('is neutral when the candidate has not chosen a sector yet', () => {
    const open = fit(candidate({ sectors: [] }), vacancy());
    expect(open.reasons).toContain('sector nog open');
    expect(open.score).toBe(fit(candidate(), vacancy()).score - 15);
  });

  it('excludes a sector the candidate did not choose', () => {
    expect(excluded(candidate({ sectors: ['po'] }), vacancy())).toEqual(['Kandidaat wil alleen po; dit is vo']);
    expect(excluded(candidate({ sectors: ['po', 'so'] }), school({ sectors: ['vo', 'mbo'] }))).toEqual([
      'Kandidaat wil alleen po of so; dit is een school voor vo en mbo',
    ]);
  });

  it("takes a programme's sectors from its type when none are given (PDG is for mbo, pabo for po)", () => {
    expect(excluded(candidate(), programme({ type: 'pdg', subjects: [] }))).toEqual(['Kandidaat wil alleen vo; dit is een opleiding voor mbo']);
    expect(excluded(candidate({ subjects: [] }), programme({ type: 'part_time_pabo', subjects: [] }))).toEqual([
      'Kandidaat wil alleen vo; dit is een opleiding voor po',
    ]);
    expect(fit(candidate({ sectors: ['so'], subjects: [] }), programme({ type: 'part_time_pabo', sectors: ['po', 'so'], subjects: [] })).reasons).toContain(
      'Opleiding voor speciaal onderwijs, kandidaat wil so',
    );
  });
});

describe('rule: function', () => {
  it('rewards the function the candidate wants', () => {
    expect(fit(candidate(), vacancy()).reasons).toContain('Docent gevraagd, kandidaat wil docent');
    expect(fit(candidate({ functions: [] }), vacancy()).score).toBe(fit(candidate(), vacancy()).score - 10);
  });

  it('excludes a vacancy for another function', () => {
    expect(excluded(candidate({ functions: ['instructor'] }), vacancy())).toEqual(['Kandidaat wil alleen instructeur; dit is een vacature voor docent']);
  });

  it("never excludes on a vague 'other' function", () => {
    expect(fit(candidate({ functions: ['other'] }), vacancy()).score).toBeGreaterThan(0);
    expect(fit(candidate({ functions: ['instructor'] }), vacancy({ jobFunction: 'other' })).score).toBeGreaterThan(0);
  });

  it('marks down a programme for another role without excluding it', () => {
    const assistant = programme({ type: 'teaching_assistant', subjects: [] });
    const result = fit(candidate({ sectors: [] }), assistant);
    expect(result.reasons).toContain('Kandidaat wil docent; dit is een opleiding onderwijsassistent');
    expect(result.score).toBe(fit(candidate({ sectors: [], functions: ['support_staff'] }), assistant).score - 10);
  });
});

describe('rule: subject', () => {
  it('names the subjects both sides share', () => {
    const result = fit(candidate({ subjects: ['wiskunde', 'natuurkunde', 'duits'] }), vacancy({ subjects: ['natuurkunde', 'wiskunde'] }));
    expect(result.reasons).toContain('Wiskunde en natuurkunde gevraagd, kandidaat wil wiskunde en natuurkunde');
    expect(fit(candidate(), programme()).reasons).toContain('Opleiding wiskunde, kandidaat wil wiskunde');
  });

  it('excludes a vacancy or programme for subjects the candidate does not want', () => {
    expect(excluded(candidate({ subjects: ['duits'] }), vacancy())).toEqual(['Wiskunde gevraagd; kandidaat wil alleen Duits']);
    expect(excluded(candidate({ subjects: ['duits', 'frans'] }), programme())).toEqual(['Opleiding wiskunde; kandidaat wil alleen Duits of Frans']);
  });

  it('is neutral when the candidate has no subject yet, or the target names none', () => {
    const open = fit(candidate({ subjects: [] }), vacancy());
    expect(open.reasons).toContain('vak nog open');
    expect(open.score).toBe(fit(candidate(), vacancy()).score - 15);
    expect(fit(candidate({ subjects: ['duits'] }), vacancy({ subjects: [] })).score).toBe(fit(candidate(), vacancy()).score - 15);
  });
});

describe('rule: route into teaching (prior education)', () => {
  it('allows lateral entry with an hbo or wo diploma', () => {
    for (const priorEducation of ['hbo_bachelor', 'hbo_master', 'hbo', 'wo_bachelor', 'wo_master', 'wo', 'phd'] as const) {
      expect(fit(candidate({ priorEducation }), vacancy()).reasons).toContain('zij-instroom mogelijk');
    }
  });

  it('excludes lateral entry without an hbo or wo diploma (an associate degree or propedeuse is none)', () => {
    for (const priorEducation of ['associate_degree', 'hbo_propaedeutic', 'mbo_4', 'havo', 'vwo'] as const) {
      expect(excluded(candidate({ priorEducation }), vacancy())).toEqual([
        `Zij-instroom vraagt een hbo- of wo-diploma; kandidaat heeft ${{ associate_degree: 'associate degree', hbo_propaedeutic: 'hbo-propedeuse', mbo_4: 'mbo-4', havo: 'havo', vwo: 'vwo' }[priorEducation]}`,
      ]);
    }
  });

  it('allows lateral entry with mbo-4 for a technical subject', () => {
    const technical = vacancy({ subjects: ['techniek'] });
    expect(fit(candidate({ subjects: ['techniek'], priorEducation: 'mbo_4' }), technical).reasons).toContain('zij-instroom mogelijk (mbo-4, technisch vak)');
    expect(excluded(candidate({ subjects: ['techniek'], priorEducation: 'mbo_3' }), technical)).toEqual([
      'Zij-instroom vraagt een hbo- of wo-diploma (of mbo-4 voor een technisch vak); kandidaat heeft mbo-3',
    ]);
  });

  it('does not exclude an unknown or vague prior education, but marks it down and says why', () => {
    const unknown = fit(candidate({ priorEducation: null }), vacancy());
    expect(unknown.reasons).toContain('vooropleiding onbekend; zij-instroom vraagt een hbo- of wo-diploma');
    expect(unknown.score).toBe(fit(candidate(), vacancy()).score - 13);
    const vague = fit(candidate({ subjects: ['techniek'], priorEducation: 'mbo' }), vacancy({ subjects: ['techniek'] }));
    expect(vague.reasons).toContain('vooropleiding mbo zonder niveau; zij-instroom vraagt een hbo- of wo-diploma (of mbo-4 voor een technisch vak)');
  });

  it('marks down a teacher vacancy without lateral entry, outside mbo', () => {
    const result = fit(candidate(), vacancy({ lateralEntry: false }));
    expect(result.reasons).toContain('geen zij-instroom: school zoekt een bevoegde leraar');
    expect(result.score).toBe(fit(candidate(), vacancy()).score - 25);
  });

  it('offers PDG alongside an mbo teaching job, which needs a degree', () => {
    const mbo = vacancy({ sector: 'mbo', lateralEntry: false, subjects: [] });
    expect(fit(candidate({ sectors: ['mbo'] }), mbo).reasons).toContain('PDG naast de baan mogelijk');
    expect(excluded(candidate({ sectors: ['mbo'], priorEducation: 'mbo_4' }), mbo)).toEqual(['Werken met PDG vraagt een hbo- of wo-diploma; kandidaat heeft mbo-4']);
  });

  it('requires no diploma for support staff, support and instructors', () => {
    for (const jobFunction of ['support_staff', 'support', 'instructor'] as const) {
      const result = fit(candidate({ functions: [], priorEducation: 'mbo_2' }), vacancy({ jobFunction }));
      expect(result.reasons).toContain('geen lesbevoegdheid nodig');
    }
  });

  it("applies each programme type's entry requirement", () => {
    const po = candidate({ sectors: ['po'], subjects: [] });
    const pabo = programme({ type: 'part_time_pabo', subjects: [] });
    expect(fit({ ...po, priorEducation: 'havo' }, pabo).reasons).toContain('vooropleiding havo voldoet');
    expect(fit({ ...po, priorEducation: 'mbo_4' }, pabo).reasons).toContain('vooropleiding mbo-4 voldoet');
    expect(excluded({ ...po, priorEducation: 'vmbo_tl' }, pabo)).toEqual(['De deeltijdpabo vraagt havo, vwo of mbo-4; kandidaat heeft vmbo-tl']);
    expect(excluded({ ...po, priorEducation: 'vwo' }, { ...pabo, type: 'shortened_pabo' })).toEqual([
      'De verkorte pabo vraagt een hbo- of wo-diploma; kandidaat heeft vwo',
    ]);
    expect(fit(candidate({ priorEducation: 'mbo_4' }), programme()).reasons).toContain('vooropleiding mbo-4 voldoet');
    expect(excluded(candidate({ priorEducation: 'wo_bachelor' }), programme({ type: 'first_degree' }))).toEqual([
      'Een eerstegraads lerarenopleiding vraagt een wo-master; kandidaat heeft wo-bachelor',
    ]);
    expect(fit(candidate({ priorEducation: 'wo_master' }), programme({ type: 'first_degree' })).reasons).toContain('vooropleiding wo-master voldoet');
    expect(excluded(candidate({ priorEducation: 'hbo_master' }), programme({ type: 'educational_master' }))).toEqual([
      'De educatieve master vraagt een wo-master; kandidaat heeft hbo-master',
    ]);
    const track = programme({ type: 'lateral_entry_track', subjects: [] });
    expect(excluded(candidate({ priorEducation: 'mbo_4' }), track)).toEqual(['Zij-instroom vraagt een hbo- of wo-diploma; kandidaat heeft mbo-4']);
    expect(fit(candidate({ subjects: ['techniek'], priorEducation: 'mbo_4' }), track).reasons).toContain('vooropleiding mbo-4 voldoet');
    expect(fit(candidate({ functions: ['support_staff'], priorEducation: 'none' }), programme({ type: 'teaching_assistant', subjects: [] })).score).toBeGreaterThan(0);
  });

  it('excludes PDG for a candidate who looks for less than 0.4 fte', () => {
    const mboCandidate = (hoursPerWeek: number) =>
      candidate({ sectors: ['mbo'], subjects: [], preferences: { hoursPerWeek, availableFrom: null, maxDistanceKm: null } });
    const pdg = programme({ type: 'pdg', subjects: [] });
    expect(excluded(mboCandidate(12), pdg)).toEqual(['PDG vraagt een baan van minstens 0,4 fte (16 uur) in het mbo; kandidaat zoekt 12 uur']);
    expect(fit(mboCandidate(16), pdg).reasons).toContain('vooropleiding hbo-bachelor voldoet');
    expect(excluded(candidate({ sectors: ['mbo'], subjects: [], priorEducation: 'havo' }), pdg)).toEqual(['PDG vraagt een hbo- of wo-diploma; kandidaat heeft havo']);
  });
});

describe('rule: qualification sought', () => {
  it('rewards a programme leading to the qualification the candidate seeks, marks down another', () => {
    const wants = fit(candidate({ qualifications: ['second_degree'] }), programme());
    expect(wants.reasons).toContain('Tweedegraads lerarenopleiding, kandidaat wil tweedegraads');
    const other = fit(candidate({ qualifications: ['first_degree'] }), programme());
    expect(other.reasons).toContain('Kandidaat wil eerstegraads; dit is een tweedegraads lerarenopleiding');
    expect(wants.score - other.score).toBe(20);
  });

  it("ignores 'no idea yet' and 'unknown'", () => {
    expect(fit(candidate({ qualifications: ['no_idea_yet', 'unknown'] }), programme()).score).toBe(fit(candidate(), programme()).score);
  });
});

describe('rule: distance', () => {
  it('gives more points the closer the target', () => {
    const near = fit(candidate(), vacancy({ place: 'Beuningen' }));
    const far = fit(candidate(), vacancy({ place: 'Tiel' }));
    expect(near.reasons).toContain('6,3 km');
    expect(far.reasons).toContain('30 km'); // 29.5 km
    expect(near.score).toBeGreaterThan(far.score);
  });

  it('excludes a target beyond the distance the candidate will travel', () => {
    const c = candidate({ preferences: { hoursPerWeek: 32, availableFrom: null, maxDistanceKm: 25 } });
    expect(excluded(c, vacancy({ place: 'Tiel' }))).toEqual(['30 km, verder dan de 25 km die kandidaat wil reizen']);
    expect(excluded(c, school({ place: 'Groningen' }))).toEqual(['161 km, verder dan de 25 km die kandidaat wil reizen']);
    expect(fit(c, vacancy({ place: 'Arnhem' })).distanceKm).toBe(15.8);
  });

  it('marks down a far target when the candidate gave no maximum', () => {
    const c = candidate({ preferences: null });
    const groningen = fit(c, school({ place: 'Groningen' }));
    expect(groningen.reasons).toEqual(['161 km', 'School voor voortgezet onderwijs, kandidaat wil vo']);
    expect(groningen.score).toBe(25 + 15 - 20);
  });

  it('is neutral when a place is unknown or ambiguous', () => {
    const unknown = fit(candidate({ place: 'Hengelo' }), school());
    expect(unknown.distanceKm).toBeNull();
    expect(unknown.reasons).toEqual(['School voor voortgezet onderwijs, kandidaat wil vo', 'afstand onbekend']);
    expect(unknown.score).toBe(40);
    expect(fit(candidate(), school({ place: null })).distanceKm).toBeNull();
  });

  it('gives a perfect school 60: less than a concrete vacancy', () => {
    expect(fit(candidate(), school()).score).toBe(60);
  });
});

describe('rule: hours', () => {
  it('marks down a vacancy with more hours than the candidate looks for, in proportion', () => {
    const hours = (hoursPerWeek: number) => candidate({ preferences: { hoursPerWeek, availableFrom: '2027-01-01', maxDistanceKm: null } });
    const full = fit(hours(32), vacancy());
    const less = fit(hours(24), vacancy());
    const least = fit(hours(12), vacancy());
    expect(less.reasons).toContain('vacature 32 uur, kandidaat zoekt 24 uur');
    expect(full.score).toBeGreaterThan(less.score);
    expect(less.score).toBeGreaterThan(least.score);
    expect(fit(hours(40), vacancy()).score).toBeLessThan(full.score);
  });

  it('excludes a vacancy of more than three times the hours the candidate looks for', () => {
    const c = candidate({ preferences: { hoursPerWeek: 8, availableFrom: null, maxDistanceKm: null } });
    expect(excluded(c, vacancy({ hoursPerWeek: 36 }))).toEqual(['vacature 36 uur, kandidaat zoekt maar 8 uur']);
  });
});

describe('rule: dates', () => {
  it('excludes a vacancy whose closing date has passed, not one closing today', () => {
    expect(excluded(candidate(), vacancy({ closingDate: '2026-11-29' }))).toEqual(['vacature gesloten (sluitingsdatum 29 november 2026)']);
    expect(fit(candidate(), vacancy({ closingDate: '2026-11-30' })).score).toBe(100);
  });

  it('marks down a vacancy that starts before the candidate is available', () => {
    const c = candidate({ preferences: { hoursPerWeek: 32, availableFrom: '2027-03-01', maxDistanceKm: null } });
    const early = fit(c, vacancy({ startDate: '2026-12-01' }));
    expect(early.reasons).toContain('vacature start 1 december 2026, kandidaat kan pas vanaf 1 maart 2027');
    expect(early.score).toBe(100 - 5 - 9);
    expect(fit(candidate({ preferences: null }), vacancy()).reasons).toContain('start 1 februari 2027');
  });

  it("names a programme's next start after today and the candidate's availability", () => {
    expect(fit(candidate(), programme()).reasons).toContain('start 1 februari 2027');
    const later = candidate({ preferences: { hoursPerWeek: null, availableFrom: '2027-09-01', maxDistanceKm: null } });
    expect(excluded(later, programme())).toEqual(['geen startmoment na 1 september 2027']);
    expect(fit(later, programme({ startDates: ['2027-02-01', '2027-09-01'] })).reasons).toContain('start 1 september 2027');
  });

  it('prefers a programme that starts sooner, and is neutral without start dates', () => {
    const soon = fit(candidate({ preferences: null }), programme({ startDates: ['2027-01-15'] }));
    const late = fit(candidate({ preferences: null }), programme({ startDates: ['2027-09-01'] }));
    expect(soon.score).toBeGreaterThan(late.score);
    expect(fit(candidate(), programme({ startDates: [] })).reasons).toContain('startmoment onbekend');
    expect(excluded(candidate({ preferences: null }), programme({ startDates: ['2026-09-01'] }))).toEqual(['geen startmoment na 30 november 2026']);
  });
});

describe('rankTargets', () => {
  const c = candidate();
  const targets: MatchTarget[] = [
    school({ id: 's-near' }),
    vacancy({ id: 'v-arnhem', place: 'Arnhem' }),
    vacancy({ id: 'v-closed', closingDate: '2026-11-01' }),
    vacancy({ id: 'v-perfect' }),
    programme({ id: 'p-second' }),
    vacancy({ id: 'v-duits', subjects: ['duits'] }),
    vacancy({ id: 'v-tiel', place: 'Tiel' }),
  ];

  it('ranks by score, best first, and leaves excluded targets out', () => {
    const ranked = rankTargets(c, targets, { ...context, limit: 10 });
    expect(ranked.map((match) => match.item.id)).toEqual(['v-perfect', 'v-arnhem', 'p-second', 'v-tiel', 's-near']);
    expect(ranked.map((match) => match.score)).toEqual([...ranked.map((match) => match.score)].sort((a, b) => b - a));
    for (const match of ranked) expect(match).toEqual(scoreMatch(c, match.item, context));
  });

  it('keeps only the best `limit`', () => {
    expect(rankTargets(c, targets, { ...context, limit: 2 }).map((match) => match.item.id)).toEqual(['v-perfect', 'v-arnhem']);
    expect(rankTargets(c, targets, { ...context, limit: 0 })).toEqual([]);
  });

  it('breaks ties by id and gives the same answer for any input order', () => {
    const twins = [vacancy({ id: 'b' }), vacancy({ id: 'a' }), vacancy({ id: 'c' })];
    expect(rankTargets(c, twins, { ...context, limit: 2 }).map((match) => match.item.id)).toEqual(['a', 'b']);
    const forward = rankTargets(c, targets, { ...context, limit: 10 });
    expect(rankTargets(c, [...targets].reverse(), { ...context, limit: 10 })).toEqual(forward);
  });
});

describe('rankCandidates: the reverse direction', () => {
  it('ranks the candidates that fit a vacancy best, leaving excluded ones out', () => {
    const candidates = [
      candidate({ id: 'far', place: 'Tiel', preferences: null }),
      candidate({ id: 'german', subjects: ['duits'] }),
      candidate({ id: 'best' }),
      candidate({ id: 'open', sectors: [], subjects: [] }),
      candidate({ id: 'no-degree', priorEducation: 'mbo_3' }),
    ];
    const ranked = rankCandidates(vacancy(), candidates, { ...context, limit: 10 });
    expect(ranked.map((match) => match.item.id)).toEqual(['best', 'far', 'open']);
    expect(ranked[0]).toMatchObject({ score: 100, distanceKm: 0 });
    expect(ranked[1]!.reasons).toContain('30 km');
    expect(rankCandidates(vacancy(), candidates, { ...context, limit: 1 }).map((match) => match.item.id)).toEqual(['best']);
  });

  it('works for a programme too, ties broken by id', () => {
    const ranked = rankCandidates(programme(), [candidate({ id: 'z' }), candidate({ id: 'y' })], { ...context, limit: 5 });
    expect(ranked.map((match) => match.item.id)).toEqual(['y', 'z']);
  });
});

describe('rankAll and the fast path', () => {
  /** Deterministic pseudo-random inputs covering every rule. */
  function generated(): { candidates: MatchCandidate[]; targets: MatchTarget[] } {
    let state = 42;
    const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const placeNames = ['Nijmegen', 'Arnhem', 'Tiel', 'Beuningen', 'Wijchen', 'Ede', 'Zwolle', 'Hengelo', 'Malden', null];
    const candidates = Array.from({ length: 60 }, (_, index) =>
      candidate({
        id: `c${index}`,
        sectors: random() < 0.3 ? [] : [pick(['po', 'vo', 'mbo'] as const)],
        functions: random() < 0.3 ? [] : [pick(['teacher', 'instructor', 'support_staff'] as const)],
        subjects: random() < 0.3 ? [] : [pick(['wiskunde', 'techniek', 'duits'] as const)],
        qualifications: random() < 0.5 ? [] : [pick(['pabo', 'second_degree', 'pdg'] as const)],
        priorEducation: pick([null, 'havo', 'mbo', 'mbo_4', 'hbo_bachelor', 'wo_master'] as const),
        place: pick(placeNames),
        preferences:
          random() < 0.2
            ? null
            : { hoursPerWeek: pick([null, 8, 12, 16, 24, 36]), availableFrom: pick([null, '2027-01-01', '2027-09-01']), maxDistanceKm: pick([null, 10, 20, 40]) },
      }),
    );
    const targets: MatchTarget[] = Array.from({ length: 60 }, (_, index) => {
      const place = pick(placeNames);
      if (index % 3 === 0) return school({ id: `t${index}`, place, sectors: [pick(['po', 'vo', 'mbo'] as const)] });
      if (index % 3 === 1) {
        return programme({
          id: `t${index}`,
          place,
          type: pick(['part_time_pabo', 'second_degree', 'pdg', 'lateral_entry_track', 'teaching_assistant'] as const),
          subjects: random() < 0.5 ? [] : [pick(['wiskunde', 'techniek'] as const)],
          startDates: pick([[], ['2027-02-01'], ['2026-09-01', '2027-09-01']]),
        });
      }
      return vacancy({
        id: `t${index}`,
        place,
        sector: pick(['po', 'vo', 'mbo'] as const),
        subjects: random() < 0.3 ? [] : [pick(['wiskunde', 'techniek', 'duits'] as const)],
        jobFunction: pick(['teacher', 'teacher', 'support_staff', 'other'] as const),
        hoursPerWeek: pick([16, 24, 36]),
        lateralEntry: random() < 0.5,
        closingDate: pick([null, '2026-11-01', '2027-01-01']),
        startDate: pick([null, '2026-12-01', '2027-08-01']),
      });
    });
    return { candidates, targets };
  }

  it('finds exactly the pairs scoreMatch does not exclude, with the same scores', () => {
    const { candidates, targets } = generated();
    const ranked = rankAll(candidates, targets, { ...context, limit: targets.length });
    let fits = 0;
    let exclusions = 0;
    candidates.forEach((c, index) => {
      const expected = targets
        .map((t) => scoreMatch(c, t, context))
        .filter((result): result is ScoredMatch<MatchTarget> => !('excluded' in result))
        .sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : 1));
      fits += expected.length;
      exclusions += targets.length - expected.length;
      expect(ranked[index]).toEqual(expected);
    });
    // The inputs exercise both outcomes.
    expect(fits).toBeGreaterThan(100);
    expect(exclusions).toBeGreaterThan(100);
  });

  it('gives each candidate what rankTargets gives', () => {
    const { candidates, targets } = generated();
    const all = rankAll(candidates, targets, { ...context, limit: 3 });
    candidates.forEach((c, index) => expect(all[index]).toEqual(rankTargets(c, targets, { ...context, limit: 3 })));
  });
});
