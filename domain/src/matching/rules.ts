// The scoring rules. Each rule is a small pure function of a prepared candidate and target that
// returns points (or EXCLUDED, a hard mismatch) and, only when asked, writes its reason in Dutch.
// The same code runs in the hot loop (no explanation: numbers only) and for the few results that
// are shown (with explanation), so a shown score and its reasons can never disagree.
//
// Points per rule (a perfect vacancy or programme adds up to 100, a school to 60; computed in
// integer tenths so the hot loop never allocates a number):
// | rule          | applies to          | points                           | excluded when                                             |
// |---------------|---------------------|----------------------------------|-----------------------------------------------------------|
// | base          | all                 | vacancy 20, programme 20, school 25 |                                                        |
// | sector        | all                 | +15 overlap; 0 "sector nog open"  | candidate named sectors and none is the target's          |
// | function      | vacancy, programme  | vacancy +10 match; programme −10 | vacancy: candidate named functions, not this one           |
// | subject       | vacancy, programme  | +15 overlap; 0 "vak nog open"     | target names subjects, candidate named others only         |
// | route         | vacancy, programme  | +10 met (+5 no diploma needed); −3 unknown; −15 teacher vacancy without lateral entry | the route's diploma is out of reach |
// | qualification | programme           | +10 sought; −10 other sought     |                                                            |
// | PDG hours     | programme pdg       |                                  | candidate looks for fewer than 16 hours (0.4 fte)          |
// | distance      | all                 | 20 − 0.4 per km (−20…+20); 0 "afstand onbekend" | farther than the candidate's maximum          |
// | hours         | vacancy             | 5 − 20 × shortfall share, or 5 − 10 × surplus share | candidate offers under a third of the hours |
// | dates         | vacancy             | +5 can start in time; −1 per 10 days available later, at most −15 | closing date passed                      |
// | start         | programme           | up to +10, the sooner the more   | no start date on/after today and the candidate's availability |
// The sum is clamped to 0–100 and rounded. Routes follow domain.md "Routes into teaching".
import { coordinatesOf, haversineDeciKm, latitudeGapKm, toRadians } from '../geo/coordinates.js';
import type { JobFunction, PriorEducation, ProgrammeType, Qualification, Sector } from '../vocabularies.js';
import { jobFunctions, qualifications, sectors, subjects } from '../vocabularies.js';
import {
  capitalize,
  formatDateNl,
  formatKm,
  jobFunctionLabelsNl,
  listNl,
  priorEducationLabelsNl,
  programmeTypeLabelsNl,
  qualificationLabelsNl,
  sectorLabelsNl,
  subjectLabelsNl,
} from './labels-nl.js';
import type { MatchCandidate, MatchTarget } from './types.js';

/** A hard mismatch. Points are integers in tenths (no boxed doubles in the hot loop). */
export const EXCLUDED = -1_000_000;

// ---------------------------------------------------------------- vocabularies as bits

function bitsOf<T extends string>(vocabulary: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const value of values) {
    const index = vocabulary.indexOf(value);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

function valuesOf<T extends string>(vocabulary: readonly T[], mask: number): T[] {
  return vocabulary.filter((_, index) => (mask & (1 << index)) !== 0);
}

const sectorBit = (sector: Sector) => 1 << sectors.indexOf(sector);
const functionBit = (jobFunction: JobFunction) => 1 << jobFunctions.indexOf(jobFunction);
const technicalSubjects = bitsOf(subjects, ['techniek', 'beroepsgericht_vmbo']);
/** Qualifications that say nothing about what the candidate seeks. */
const vagueQualifications = bitsOf(qualifications, ['unknown', 'no_idea_yet', 'not_applicable']);

// ---------------------------------------------------------------- prior education

/** Havo, vwo, mbo-4 or higher: admission to an hbo programme (pabo, tweedegraads). */
const ADMISSION = 1;
/** Mbo-4 or a higher vocational level: lateral entry for a technical subject. */
const MBO4 = 2;
/** An hbo or wo diploma (bachelor or higher): lateral entry, verkorte pabo, PDG. */
const DEGREE = 4;
/** A wo master: eerstegraads, educatieve master. */
const WO_MASTER = 8;

/** What each level of prior education proves (`has`) or may prove, the level being vague (`maybe`). */
const attainment: Record<PriorEducation, { has: number; maybe: number }> = {
  none: { has: 0, maybe: 0 },
  practical: { has: 0, maybe: 0 },
  vmbo_bl: { has: 0, maybe: 0 },
  vmbo_kl: { has: 0, maybe: 0 },
  vmbo_gl: { has: 0, maybe: 0 },
  vmbo_tl: { has: 0, maybe: 0 },
  vmbo: { has: 0, maybe: 0 },
  havo: { has: ADMISSION, maybe: 0 },
  vwo: { has: ADMISSION, maybe: 0 },
  mbo_entry: { has: 0, maybe: 0 },
  mbo_2: { has: 0, maybe: 0 },
  mbo_3: { has: 0, maybe: 0 },
  mbo_4: { has: ADMISSION | MBO4, maybe: 0 },
  mbo: { has: 0, maybe: ADMISSION | MBO4 },
  associate_degree: { has: ADMISSION | MBO4, maybe: 0 },
  hbo_propaedeutic: { has: ADMISSION | MBO4, maybe: 0 },
  hbo_bachelor: { has: ADMISSION | MBO4 | DEGREE, maybe: 0 },
  hbo_master: { has: ADMISSION | MBO4 | DEGREE, maybe: 0 },
  hbo: { has: ADMISSION | MBO4 | DEGREE, maybe: 0 },
  wo_bachelor: { has: ADMISSION | MBO4 | DEGREE, maybe: 0 },
  wo_master: { has: ADMISSION | MBO4 | DEGREE | WO_MASTER, maybe: 0 },
  wo: { has: ADMISSION | MBO4 | DEGREE, maybe: WO_MASTER },
  phd: { has: ADMISSION | MBO4 | DEGREE | WO_MASTER, maybe: 0 },
};

/** A route's entry requirement: which attainments suffice, and how to say so. */
interface Requirement {
  accept: number;
  route: string;
  needs: string;
}

const degree = 'een hbo- of wo-diploma';
const degreeOrTechnical = 'een hbo- of wo-diploma (of mbo-4 voor een technisch vak)';

/** Programme types: the sectors they lead to, who they are for, the qualification they give, their entry requirement. */
const programmeRules: Record<
  ProgrammeType,
  { sectors: readonly Sector[]; functions: readonly JobFunction[]; qualifications: readonly Qualification[]; requirement: Requirement | null }
> = {
  part_time_pabo: {
    sectors: ['po'],
    functions: ['teacher'],
    qualifications: ['pabo', 'primary'],
    requirement: { accept: ADMISSION, route: 'de deeltijdpabo', needs: 'havo, vwo of mbo-4' },
  },
  shortened_pabo: {
    sectors: ['po'],
    functions: ['teacher'],
    qualifications: ['pabo', 'primary'],
    requirement: { accept: DEGREE, route: 'de verkorte pabo', needs: degree },
  },
  second_degree: {
    sectors: ['vo', 'mbo'],
    functions: ['teacher'],
    qualifications: ['second_degree', 'limited_second_degree'],
    requirement: { accept: ADMISSION, route: 'een tweedegraads lerarenopleiding', needs: 'havo, vwo of mbo-4' },
  },
  first_degree: {
    sectors: ['vo', 'mbo'],
    functions: ['teacher'],
    qualifications: ['first_degree'],
    requirement: { accept: WO_MASTER, route: 'een eerstegraads lerarenopleiding', needs: 'een wo-master' },
  },
  educational_master: {
    sectors: ['vo', 'mbo'],
    functions: ['teacher'],
    qualifications: ['first_degree'],
    requirement: { accept: WO_MASTER, route: 'de educatieve master', needs: 'een wo-master' },
  },
  pdg: {
    sectors: ['mbo'],
    functions: ['teacher', 'instructor'],
    qualifications: ['pdg'],
    requirement: { accept: DEGREE, route: 'PDG', needs: degree },
  },
  lateral_entry_track: {
    sectors: [],
    functions: ['teacher'],
    qualifications: ['primary', 'limited_second_degree', 'second_degree', 'first_degree'],
    requirement: { accept: DEGREE, route: 'zij-instroom', needs: degree },
  },
  teaching_assistant: { sectors: [], functions: ['support_staff', 'support'], qualifications: ['support_staff'], requirement: null },
  other: { sectors: [], functions: [], qualifications: [], requirement: null },
};

/** Functions for which no teaching diploma is mandatory (domain.md). */
const functionsWithoutDiploma = bitsOf(jobFunctions, ['support_staff', 'support', 'instructor']);

// ---------------------------------------------------------------- prepared inputs

export interface PreparedCandidate {
  source: MatchCandidate;
  /** Rank of the id among all prepared candidates: ties are broken by it. */
  order: number;
  sectors: number;
  functions: number;
  /** Named 'other' as a function: never excluded on function. */
  openFunction: boolean;
  subjects: number;
  qualifications: number;
  priorEducation: PriorEducation | null;
  priorHas: number;
  priorMaybe: number;
  hasCoordinates: boolean;
  lat: number;
  lng: number;
  cosLat: number;
  /** 0: no maximum. */
  maxKm: number;
  /** 0: unknown. */
  hours: number;
  /** Day number (days since 1970-01-01); -1: unknown. */
  availableFrom: number;
}

const KIND_VACANCY = 0;
const KIND_SCHOOL = 1;
const KIND_PROGRAMME = 2;

export interface PreparedTarget {
  source: MatchTarget;
  order: number;
  kind: number;
  base: number;
  sectors: number;
  /** Vacancy: its function's bit (0 for 'other'); programme: who the programme is for. */
  functions: number;
  subjects: number;
  /** Programme: the qualifications it leads to. */
  qualifications: number;
  programmeType: ProgrammeType | null;
  /** Programme: its entry requirement. */
  requirement: Requirement | null;
  lateralEntry: boolean;
  hours: number;
  closingDate: number;
  startDate: number;
  startDates: Int32Array;
  hasCoordinates: boolean;
  lat: number;
  lng: number;
  cosLat: number;
}

const dayMs = 86_400_000;

/** "2027-02-01" → days since 1970-01-01; -1 for null or no date. */
export function dayNumber(isoDate: string | null | undefined): number {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  if (!match) return -1;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) ? Math.floor(time / dayMs) : -1;
}

const dayLabels = new Map<number, string>();

/** A day number as Dutch text, "1 februari 2027" (memoised: few distinct days occur). */
function dayNl(day: number): string {
  let label = dayLabels.get(day);
  if (label === undefined) {
    label = formatDateNl(new Date(day * dayMs).toISOString().slice(0, 10));
    if (dayLabels.size >= 5000) dayLabels.clear();
    dayLabels.set(day, label);
  }
  return label;
}

function placeCoordinates(place: string | null): { hasCoordinates: boolean; lat: number; lng: number; cosLat: number } {
  const found = place ? coordinatesOf(place) : null;
  if (!found) return { hasCoordinates: false, lat: 0, lng: 0, cosLat: 0 };
  const lat = toRadians(found.lat);
  return { hasCoordinates: true, lat, lng: toRadians(found.lng), cosLat: Math.cos(lat) };
}

/** Ranks of ids in code-point order (stable for equal ids), for deterministic ties. */
function idOrder(ids: readonly string[]): Int32Array {
  const indices = ids.map((_, index) => index).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
  const order = new Int32Array(ids.length);
  indices.forEach((index, rank) => (order[index] = rank));
  return order;
}

export function prepareCandidates(candidates: readonly MatchCandidate[]): PreparedCandidate[] {
  const order = idOrder(candidates.map((candidate) => candidate.id));
  return candidates.map((candidate, index) => {
    const prior = candidate.priorEducation ? attainment[candidate.priorEducation] : null;
    const preferences = candidate.preferences;
    const coordinates = placeCoordinates(candidate.place);
    return {
      source: candidate,
      order: order[index]!,
      sectors: bitsOf(sectors, candidate.sectors),
      functions: bitsOf(jobFunctions, candidate.functions),
      openFunction: candidate.functions.includes('other'),
      subjects: bitsOf(subjects, candidate.subjects),
      qualifications: bitsOf(qualifications, candidate.qualifications) & ~vagueQualifications,
      priorEducation: candidate.priorEducation,
      priorHas: prior?.has ?? 0,
      priorMaybe: prior?.maybe ?? 0,
      hasCoordinates: coordinates.hasCoordinates,
      lat: coordinates.lat,
      lng: coordinates.lng,
      cosLat: coordinates.cosLat,
      maxKm: preferences?.maxDistanceKm ?? 0,
      hours: preferences?.hoursPerWeek ?? 0,
      availableFrom: dayNumber(preferences?.availableFrom),
    };
  });
}

export function prepareTargets(targets: readonly MatchTarget[]): PreparedTarget[] {
  const order = idOrder(targets.map((target) => target.id));
  return targets.map((target, index) => {
    const coordinates = placeCoordinates(target.place);
    const prepared: PreparedTarget = {
      source: target,
      order: order[index]!,
      kind: KIND_SCHOOL,
      base: 250,
      sectors: 0,
      functions: 0,
      subjects: 0,
      qualifications: 0,
      programmeType: null,
      requirement: null,
      lateralEntry: false,
      hours: 0,
      closingDate: -1,
      startDate: -1,
      startDates: new Int32Array(0),
      hasCoordinates: coordinates.hasCoordinates,
      lat: coordinates.lat,
      lng: coordinates.lng,
      cosLat: coordinates.cosLat,
    };
    if (target.kind === 'vacancy') {
      prepared.kind = KIND_VACANCY;
      prepared.base = 200;
      prepared.sectors = sectorBit(target.sector);
      prepared.functions = target.jobFunction === 'other' ? 0 : functionBit(target.jobFunction);
      prepared.subjects = bitsOf(subjects, target.subjects);
      prepared.lateralEntry = target.lateralEntry;
      prepared.hours = target.hoursPerWeek > 0 ? target.hoursPerWeek : 0;
      prepared.closingDate = dayNumber(target.closingDate);
      prepared.startDate = dayNumber(target.startDate);
    } else if (target.kind === 'programme') {
      const rules = programmeRules[target.type];
      prepared.kind = KIND_PROGRAMME;
      prepared.base = 200;
      prepared.programmeType = target.type;
      prepared.requirement = rules.requirement;
      prepared.sectors = bitsOf(sectors, target.sectors.length ? target.sectors : rules.sectors);
      prepared.functions = bitsOf(jobFunctions, rules.functions);
      prepared.qualifications = bitsOf(qualifications, rules.qualifications);
      prepared.subjects = bitsOf(subjects, target.subjects);
      const days = target.startDates.map(dayNumber).filter((day) => day >= 0);
      prepared.startDates = Int32Array.from(days).sort();
    } else {
      prepared.sectors = bitsOf(sectors, target.sectors);
    }
    return prepared;
  });
}

// ---------------------------------------------------------------- explanation

/** Collects reasons while a pair is explained; null in the hot loop. */
export interface Explanation {
  reasons: { points: number; text: string }[];
  exclusions: string[];
  distanceKm: number | null;
}

function reason(out: Explanation | null, points: number, text: string): void {
  out?.reasons.push({ points, text });
}

function exclude(out: Explanation | null, text: string): number {
  out?.exclusions.push(text);
  return EXCLUDED;
}

const sectorNames = (mask: number) => valuesOf(sectors, mask).map((sector) => sectorLabelsNl[sector].name);
const sectorShorts = (mask: number) => valuesOf(sectors, mask).map((sector) => sectorLabelsNl[sector].short);
const subjectNames = (mask: number) => valuesOf(subjects, mask).map((subject) => subjectLabelsNl[subject]);
const functionNames = (mask: number) => valuesOf(jobFunctions, mask).map((jobFunction) => jobFunctionLabelsNl[jobFunction]);
const programmeLabel = (t: PreparedTarget) => programmeTypeLabelsNl[t.programmeType ?? 'other'];

// ---------------------------------------------------------------- rules

function sectorRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (t.sectors === 0) return 0;
  if (c.sectors === 0) {
    reason(out, 0, 'sector nog open');
    return 0;
  }
  const overlap = c.sectors & t.sectors;
  if (overlap !== 0) {
    if (out) {
      const names = listNl(sectorNames(overlap));
      const wants = listNl(sectorShorts(overlap));
      const text =
        t.kind === KIND_VACANCY
          ? `${capitalize(names)} gevraagd, kandidaat wil ${wants}`
          : t.kind === KIND_SCHOOL
            ? `School voor ${names}, kandidaat wil ${wants}`
            : `Opleiding voor ${names}, kandidaat wil ${wants}`;
      reason(out, 150, text);
    }
    return 150;
  }
  if (!out) return EXCLUDED;
  const target = listNl(sectorShorts(t.sectors), t.kind === KIND_VACANCY ? 'of' : 'en');
  const what = t.kind === KIND_VACANCY ? target : t.kind === KIND_SCHOOL ? `een school voor ${target}` : `een opleiding voor ${target}`;
  return exclude(out, `Kandidaat wil alleen ${listNl(sectorShorts(c.sectors), 'of')}; dit is ${what}`);
}

function functionRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (t.functions === 0 || c.functions === 0 || c.openFunction) return 0;
  const overlap = c.functions & t.functions;
  if (t.kind === KIND_VACANCY) {
    if (overlap !== 0) {
      if (out) reason(out, 100, `${capitalize(functionNames(overlap)[0]!)} gevraagd, kandidaat wil ${functionNames(overlap)[0]!}`);
      return 100;
    }
    if (!out) return EXCLUDED;
    return exclude(out, `Kandidaat wil alleen ${listNl(functionNames(c.functions), 'of')}; dit is een vacature voor ${functionNames(t.functions)[0]!}`);
  }
  if (overlap !== 0) return 0;
  if (out) reason(out, -100, `Kandidaat wil ${listNl(functionNames(c.functions), 'of')}; dit is een ${programmeLabel(t)}`);
  return -100;
}

function subjectRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (t.subjects === 0) return 0;
  if (c.subjects === 0) {
    reason(out, 0, 'vak nog open');
    return 0;
  }
  const overlap = c.subjects & t.subjects;
  if (overlap !== 0) {
    if (out) {
      const names = listNl(subjectNames(overlap));
      reason(out, 150, t.kind === KIND_VACANCY ? `${capitalize(names)} gevraagd, kandidaat wil ${names}` : `Opleiding ${names}, kandidaat wil ${names}`);
    }
    return 150;
  }
  if (!out) return EXCLUDED;
  const asked = listNl(subjectNames(t.subjects), 'of');
  const wants = listNl(subjectNames(c.subjects), 'of');
  return exclude(out, t.kind === KIND_VACANCY ? `${capitalize(asked)} gevraagd; kandidaat wil alleen ${wants}` : `Opleiding ${asked}; kandidaat wil alleen ${wants}`);
}

/** Checks a route's entry requirement against the candidate's prior education. */
function requirementMet(c: PreparedCandidate, requirement: Requirement, points: number, metText: string, out: Explanation | null): number {
  if ((c.priorHas & requirement.accept) !== 0) {
    reason(out, points, metText);
    return points;
  }
  if (c.priorEducation === null) {
    if (out) reason(out, -30, `vooropleiding onbekend; ${requirement.route} vraagt ${requirement.needs}`);
    return -30;
  }
  if ((c.priorMaybe & requirement.accept) !== 0) {
    if (out) reason(out, -3, `vooropleiding ${priorEducationLabelsNl[c.priorEducation]} zonder niveau; ${requirement.route} vraagt ${requirement.needs}`);
    return -30;
  }
  if (!out) return EXCLUDED;
  return exclude(out, `${capitalize(requirement.route)} vraagt ${requirement.needs}; kandidaat heeft ${priorEducationLabelsNl[c.priorEducation]}`);
}

const lateralEntry: Requirement = { accept: DEGREE, route: 'zij-instroom', needs: degree };
const lateralEntryTechnical: Requirement = { accept: DEGREE | MBO4, route: 'zij-instroom', needs: degreeOrTechnical };
const workWithPdg: Requirement = { accept: DEGREE, route: 'werken met PDG', needs: degree };
const mboBit = sectorBit('mbo');
const teacherBit = functionBit('teacher');

function routeRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (t.kind === KIND_VACANCY) {
    if ((t.functions & functionsWithoutDiploma) !== 0) {
      reason(out, 50, 'geen lesbevoegdheid nodig');
      return 50;
    }
    if (t.functions !== teacherBit) return 0;
    if (t.lateralEntry) {
      if ((t.subjects & technicalSubjects) === 0) return requirementMet(c, lateralEntry, 100, 'zij-instroom mogelijk', out);
      const viaMbo4 = (c.priorHas & DEGREE) === 0;
      return requirementMet(c, lateralEntryTechnical, 100, viaMbo4 ? 'zij-instroom mogelijk (mbo-4, technisch vak)' : 'zij-instroom mogelijk', out);
    }
    // Teaching in mbo without a qualification: PDG alongside the job, which needs a degree.
    if ((t.sectors & mboBit) !== 0) return requirementMet(c, workWithPdg, 100, 'PDG naast de baan mogelijk', out);
    reason(out, -150, 'geen zij-instroom: school zoekt een bevoegde leraar');
    return -150;
  }
  if (t.kind !== KIND_PROGRAMME) return 0;
  let points = 0;
  let requirement = t.requirement;
  if (requirement) {
    if (t.programmeType === 'lateral_entry_track' && ((t.subjects === 0 ? c.subjects : t.subjects) & technicalSubjects) !== 0) {
      requirement = lateralEntryTechnical;
    }
    const met = out && c.priorEducation ? `vooropleiding ${priorEducationLabelsNl[c.priorEducation]} voldoet` : '';
    points = requirementMet(c, requirement, 100, met, out);
    if (points === EXCLUDED) return EXCLUDED;
  }
  if (t.programmeType === 'pdg' && c.hours > 0 && c.hours < 16) {
    if (!out) return EXCLUDED;
    return exclude(out, `PDG vraagt een baan van minstens 0,4 fte (16 uur) in het mbo; kandidaat zoekt ${c.hours} uur`);
  }
  return points;
}

function qualificationRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (t.kind !== KIND_PROGRAMME || t.qualifications === 0 || c.qualifications === 0) return 0;
  const overlap = c.qualifications & t.qualifications;
  if (overlap !== 0) {
    if (out) reason(out, 10, `${capitalize(programmeLabel(t))}, kandidaat wil ${qualificationLabelsNl[valuesOf(qualifications, overlap)[0]!]}`);
    return 100;
  }
  if (out) {
    const wants = listNl(valuesOf(qualifications, c.qualifications).map((qualification) => qualificationLabelsNl[qualification]), 'of');
    reason(out, -100, `Kandidaat wil ${wants}; dit is een ${programmeLabel(t)}`);
  }
  return -100;
}

function distanceRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (!c.hasCoordinates || !t.hasCoordinates) {
    reason(out, 0, 'afstand onbekend');
    return 0;
  }
  const deciKm = haversineDeciKm(c.lat, c.lng, c.cosLat, t.lat, t.lng, t.cosLat);
  if (out) out.distanceKm = deciKm / 10;
  if (c.maxKm > 0 && deciKm > c.maxKm * 10) {
    if (!out) return EXCLUDED;
    return exclude(out, `${formatKm(deciKm / 10)}, verder dan de ${c.maxKm} km die kandidaat wil reizen`);
  }
  const points = Math.max(-200, 200 - Math.round(0.4 * deciKm));
  if (out) reason(out, points, formatKm(deciKm / 10));
  return points;
}

function hoursRule(c: PreparedCandidate, t: PreparedTarget, out: Explanation | null): number {
  if (t.kind !== KIND_VACANCY || t.hours === 0 || c.hours === 0) return 0;
  if (c.hours * 3 < t.hours) {
    if (!out) return EXCLUDED;
    return exclude(out, `vacature ${t.hours} uur, kandidaat zoekt maar ${c.hours} uur`);
  }
  const points = c.hours < t.hours ? 50 - Math.round((200 * (t.hours - c.hours)) / t.hours) : 50 - Math.round((100 * (c.hours - t.hours)) / c.hours);
  if (out) reason(out, points, `vacature ${t.hours} uur, kandidaat zoekt ${c.hours} uur`);
  return points;
}

function vacancyDatesRule(c: PreparedCandidate, t: PreparedTarget, today: number, out: Explanation | null): number {
  if (t.closingDate >= 0 && t.closingDate < today) {
    if (!out) return EXCLUDED;
    return exclude(out, `vacature gesloten (sluitingsdatum ${dayNl(t.closingDate)})`);
  }
  if (c.availableFrom < 0) {
    if (out && t.startDate > today) reason(out, 0, `start ${dayNl(t.startDate)}`);
    return 0;
  }
  const start = Math.max(t.startDate, today);
  if (c.availableFrom <= start) {
    if (out) {
      const from = c.availableFrom <= today ? 'kandidaat kan direct' : `kandidaat kan vanaf ${dayNl(c.availableFrom)}`;
      reason(out, 50, t.startDate > today ? `start ${dayNl(t.startDate)}, ${from}` : `start direct, ${from}`);
    }
    return 50;
  }
  const points = -Math.min(150, Math.round(c.availableFrom - start));
  if (out) {
    const when = t.startDate > today ? `vacature start ${dayNl(t.startDate)}` : 'vacature start direct';
    reason(out, points, `${when}, kandidaat kan pas vanaf ${dayNl(c.availableFrom)}`);
  }
  return points;
}

function programmeStartRule(c: PreparedCandidate, t: PreparedTarget, today: number, out: Explanation | null): number {
  const dates = t.startDates;
  if (dates.length === 0) {
    reason(out, 0, 'startmoment onbekend');
    return 0;
  }
  const from = c.availableFrom > today ? c.availableFrom : today;
  for (let i = 0; i < dates.length; i++) {
    const start = dates[i]!;
    if (start >= from) {
      const points = Math.max(0, 100 - Math.round((100 * (start - from)) / 365));
      if (out) reason(out, points, `start ${dayNl(start)}`);
      return points;
    }
  }
  if (!out) return EXCLUDED;
  return exclude(out, `geen startmoment na ${dayNl(from)}`);
}

// ---------------------------------------------------------------- the pair

/**
 * The score of one pair, 0–100, or EXCLUDED. Without `out` it stops at the first hard mismatch;
 * with `out` it runs every rule so that all reasons (or all exclusions) are collected.
 */
export function evaluate(c: PreparedCandidate, t: PreparedTarget, today: number, out: Explanation | null): number {
  // Cheap early out before any rule: the latitude gap alone is already beyond the candidate's
  // maximum (the great-circle distance is never shorter; the margin covers the rounding).
  if (out === null && c.maxKm > 0 && c.hasCoordinates && t.hasCoordinates && latitudeGapKm(c.lat, t.lat) > c.maxKm + 0.1) return EXCLUDED;
  let total = t.base;
  let excluded = false;
  let points: number;

  if (t.kind === KIND_VACANCY) {
    points = vacancyDatesRule(c, t, today, out);
    if (points === EXCLUDED) {
      if (!out) return EXCLUDED;
      excluded = true;
    } else total += points;
  }
  points = sectorRule(c, t, out);
  if (points === EXCLUDED) {
    if (!out) return EXCLUDED;
    excluded = true;
  } else total += points;
  points = functionRule(c, t, out);
  if (points === EXCLUDED) {
    if (!out) return EXCLUDED;
    excluded = true;
  } else total += points;
  points = subjectRule(c, t, out);
  if (points === EXCLUDED) {
    if (!out) return EXCLUDED;
    excluded = true;
  } else total += points;
  points = routeRule(c, t, out);
  if (points === EXCLUDED) {
    if (!out) return EXCLUDED;
    excluded = true;
  } else total += points;
  total += qualificationRule(c, t, out);
  points = hoursRule(c, t, out);
  if (points === EXCLUDED) {
    if (!out) return EXCLUDED;
    excluded = true;
  } else total += points;
  if (t.kind === KIND_PROGRAMME) {
    points = programmeStartRule(c, t, today, out);
    if (points === EXCLUDED) {
      if (!out) return EXCLUDED;
      excluded = true;
    } else total += points;
  }
  points = distanceRule(c, t, out);
  if (points === EXCLUDED) {
    if (!out) return EXCLUDED;
    excluded = true;
  } else total += points;

  if (excluded) return EXCLUDED;
  return total <= 0 ? 0 : total >= 1000 ? 100 : Math.round(total / 10);
}

/** Reasons strongest first (by the size of their points; rule order among equals). */
export function orderedReasons(out: Explanation): string[] {
  const reasons = out.reasons;
  // Insertion sort: a handful of reasons, and stable.
  for (let i = 1; i < reasons.length; i++) {
    const entry = reasons[i]!;
    const strength = Math.abs(entry.points);
    let j = i;
    while (j > 0 && Math.abs(reasons[j - 1]!.points) < strength) {
      reasons[j] = reasons[j - 1]!;
      j--;
    }
    reasons[j] = entry;
  }
  return reasons.map((entry) => entry.text);
}
