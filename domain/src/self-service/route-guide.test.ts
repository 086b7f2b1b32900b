import { describe, expect, it } from 'vitest';
import { routesForProfile, teachingRoutes, type RouteOption, type RouteProfile, type TeachingRoute } from './route-guide.js';

const empty: RouteProfile = { priorEducation: null, sectors: [], functions: [], qualifications: [], subjects: [] };

function profile(overrides: Partial<RouteProfile>): RouteProfile {
  return { ...empty, ...overrides };
}

function route(options: RouteOption[], id: TeachingRoute): RouteOption {
  const found = options.find((option) => option.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('routesForProfile', () => {
  it('lists every route once, whatever the profile', () => {
    for (const candidate of [empty, profile({ priorEducation: 'wo_master', sectors: ['vo'] }), profile({ priorEducation: 'none' })]) {
      expect(routesForProfile(candidate).map((option) => option.id).sort()).toEqual([...teachingRoutes].sort());
    }
  });

  it('calls nothing unlikely when it knows nothing, and says the education is unknown', () => {
    const options = routesForProfile(empty);
    expect(options.every((option) => option.fit !== 'unlikely')).toBe(true);
    expect(route(options, 'lateral_entry').reasons).toEqual(['educationUnknown']);
    // Only the roles without a diploma are open to everyone.
    expect(route(options, 'no_diploma_roles').reasons).toEqual(['noDiplomaNeeded']);
  });

  it('puts zij-instroom first for a graduate who wants to teach in secondary school', () => {
    const options = routesForProfile(profile({ priorEducation: 'hbo_bachelor', sectors: ['vo'], functions: ['teacher'], subjects: ['wiskunde'] }));
    expect(options[0]).toEqual({ id: 'lateral_entry', fit: 'good', reasons: ['hasDegree', 'wantsToTeach'] });
    expect(route(options, 'second_degree')).toEqual({ id: 'second_degree', fit: 'good', reasons: ['shortenedForGraduates', 'wantsSecondary'] });
    // An hbo bachelor is not a university master: the educatieve master is out of reach.
    expect(route(options, 'educational_master')).toMatchObject({ fit: 'unlikely', reasons: ['needsWoMaster', 'wantsSecondary'] });
    // Primary school was not asked for: possible, said why, and after the fitting routes.
    expect(route(options, 'part_time_pabo')).toMatchObject({ fit: 'possible', reasons: ['shortenedForGraduates', 'otherSector'] });
  });

  it('orders good before possible before unlikely', () => {
    const rank = { good: 0, possible: 1, unlikely: 2 };
    for (const candidate of [
      profile({ priorEducation: 'wo_master', sectors: ['vo'], qualifications: ['first_degree'] }),
      profile({ priorEducation: 'mbo_3', functions: ['support_staff'] }),
      profile({ priorEducation: 'havo', sectors: ['po'] }),
    ]) {
      const ranks = routesForProfile(candidate).map((option) => rank[option.fit]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('fits the educatieve master to a university master, and only maybe to a university bachelor', () => {
    const master = routesForProfile(profile({ priorEducation: 'wo_master', sectors: ['vo'] }));
    expect(route(master, 'educational_master')).toEqual({ id: 'educational_master', fit: 'good', reasons: ['hasWoMaster', 'wantsSecondary'] });
    const bachelor = routesForProfile(profile({ priorEducation: 'wo_bachelor', sectors: ['vo'] }));
    expect(route(bachelor, 'educational_master')).toMatchObject({ fit: 'possible', reasons: ['woBachelorOnly', 'wantsSecondary'] });
  });

  it('opens zij-instroom to mbo-4 only for technical subjects', () => {
    const technical = routesForProfile(profile({ priorEducation: 'mbo_4', sectors: ['vo'], functions: ['teacher'], subjects: ['techniek'] }));
    expect(route(technical, 'lateral_entry')).toMatchObject({ fit: 'good', reasons: ['mbo4Technical', 'wantsToTeach'] });
    const other = routesForProfile(profile({ priorEducation: 'mbo_4', sectors: ['vo'], functions: ['teacher'], subjects: ['geschiedenis'] }));
    expect(route(other, 'lateral_entry')).toMatchObject({ fit: 'possible', reasons: ['mbo4TechnicalOnly', 'wantsToTeach'] });
    const lower = routesForProfile(profile({ priorEducation: 'mbo_3', functions: ['teacher'], subjects: ['techniek'] }));
    expect(route(lower, 'lateral_entry')).toMatchObject({ fit: 'unlikely', reasons: ['needsDegree', 'wantsToTeach'] });
  });

  it('puts the pabo first for someone with havo who wants primary school', () => {
    const options = routesForProfile(profile({ priorEducation: 'havo', sectors: ['po'] }));
    expect(options[0]).toEqual({ id: 'part_time_pabo', fit: 'good', reasons: ['meetsAdmission', 'wantsPrimary'] });
    expect(route(options, 'lateral_entry').fit).toBe('unlikely');
    expect(route(options, 'first_degree')).toMatchObject({ fit: 'unlikely', reasons: ['needsBachelor', 'otherSector'] });
  });

  it('takes a sought qualification or subject as a wish, also without a sector', () => {
    expect(route(routesForProfile(profile({ priorEducation: 'vwo', qualifications: ['pabo'] })), 'part_time_pabo').fit).toBe('good');
    expect(route(routesForProfile(profile({ priorEducation: 'vwo', subjects: ['groepsleerkracht_po'] })), 'part_time_pabo').fit).toBe('good');
  });

  it('needs havo, vwo or mbo-4 for the hbo programmes', () => {
    const options = routesForProfile(profile({ priorEducation: 'vmbo_tl', sectors: ['po', 'vo'] }));
    expect(route(options, 'part_time_pabo')).toMatchObject({ fit: 'unlikely', reasons: ['needsHavoOrMbo4', 'wantsPrimary'] });
    expect(route(options, 'second_degree')).toMatchObject({ fit: 'unlikely', reasons: ['needsHavoOrMbo4', 'wantsSecondary'] });
  });

  it('fits the PDG to a graduate who wants to teach in mbo, and maybe to mbo-4 with a vocational subject', () => {
    const graduate = routesForProfile(profile({ priorEducation: 'hbo', sectors: ['mbo'], functions: ['teacher'] }));
    expect(route(graduate, 'pdg')).toEqual({ id: 'pdg', fit: 'good', reasons: ['hasDegree', 'wantsMbo'] });
    const mbo4 = routesForProfile(profile({ priorEducation: 'mbo_4', sectors: ['mbo'] }));
    expect(route(mbo4, 'pdg')).toMatchObject({ fit: 'possible', reasons: ['mbo4Vocational', 'wantsMbo'] });
  });

  it('puts the roles without a diploma first for someone who looks for support work', () => {
    const options = routesForProfile(profile({ priorEducation: 'mbo_3', functions: ['support_staff'] }));
    expect(options[0]).toEqual({ id: 'no_diploma_roles', fit: 'good', reasons: ['noDiplomaNeeded', 'wantsSupportRole'] });
    expect(route(options, 'lateral_entry')).toMatchObject({ fit: 'unlikely', reasons: ['needsDegree', 'prefersSupportRole'] });
  });

  it('treats a plain "mbo" without level as unknown rather than as too low', () => {
    const options = routesForProfile(profile({ priorEducation: 'mbo', sectors: ['mbo'] }));
    expect(route(options, 'pdg')).toMatchObject({ fit: 'possible', reasons: ['educationUnknown', 'wantsMbo'] });
    expect(options.filter((option) => option.fit === 'unlikely')).toEqual([]);
  });
});
