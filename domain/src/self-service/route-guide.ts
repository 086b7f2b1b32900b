// Which routes into teaching fit a candidate's profile: a first, general indication the candidate
// sees on "my route", never a verdict (the adviser and the training institute decide). The rules
// follow the national routes (zij-instroom, pabo, teacher-training programmes, educatieve master,
// PDG, roles without a mandatory teaching diploma); the texts explaining each route live in the
// candidate app's catalogue (route.option.*), the reasons there too (route.reason.*).
import type { CandidateProfile } from '../schemas/candidate.js';
import type { JobFunction, PriorEducation, Qualification, Sector, Subject } from '../vocabularies.js';

export const teachingRoutes = [
  'lateral_entry',
  'part_time_pabo',
  'second_degree',
  'first_degree',
  'educational_master',
  'pdg',
  'no_diploma_roles',
] as const;
export type TeachingRoute = (typeof teachingRoutes)[number];

export const routeFits = ['good', 'possible', 'unlikely'] as const;
export type RouteFit = (typeof routeFits)[number];

/** Why a route fits or not, each a sentence in the catalogue (route.reason.<key>). */
export const routeReasons = [
  'educationUnknown',
  'hasDegree',
  'needsDegree',
  'mbo4Technical',
  'mbo4TechnicalOnly',
  'meetsAdmission',
  'needsHavoOrMbo4',
  'shortenedForGraduates',
  'needsBachelor',
  'hasWoMaster',
  'woBachelorOnly',
  'needsWoMaster',
  'mbo4Vocational',
  'noDiplomaNeeded',
  'wantsToTeach',
  'prefersSupportRole',
  'wantsPrimary',
  'wantsSecondary',
  'wantsMbo',
  'wantsSupportRole',
  'otherSector',
] as const;
export type RouteReason = (typeof routeReasons)[number];

export interface RouteOption {
  id: TeachingRoute;
  fit: RouteFit;
  /** Education first, then what the candidate is looking for. */
  reasons: RouteReason[];
}

export type RouteProfile = Pick<CandidateProfile, 'priorEducation' | 'sectors' | 'functions' | 'qualifications' | 'subjects'>;

type Education = 'meets' | 'unknown' | 'not_met';
type Direction = 'wanted' | 'open' | 'other';
interface Assessment {
  education: Education;
  educationReason: RouteReason;
  direction: Direction;
  directionReason: RouteReason | null;
}

const bachelorOrMore: readonly PriorEducation[] = ['hbo_bachelor', 'hbo_master', 'hbo', 'wo_bachelor', 'wo_master', 'wo', 'phd'];
const woMaster: readonly PriorEducation[] = ['wo_master', 'phd'];
const woBachelor: readonly PriorEducation[] = ['wo_bachelor', 'wo'];
/** Admission to an hbo programme (pabo, tweedegraads): havo, vwo, mbo-4 or more. */
const hboAdmission: readonly PriorEducation[] = ['havo', 'vwo', 'mbo_4', 'associate_degree', 'hbo_propaedeutic', ...bachelorOrMore];
/** Levels that say too little to judge (the level within mbo is unknown). */
const vague: readonly PriorEducation[] = ['mbo'];

/** Subjects for which zij-instroom with an mbo-4 diploma can be possible. */
const technicalSubjects: readonly Subject[] = ['techniek', 'beroepsgericht_vmbo'];
const teachingFunctions: readonly JobFunction[] = ['teacher', 'instructor'];
const supportFunctions: readonly JobFunction[] = ['support_staff', 'support', 'pupil_care'];
const teachingQualifications: readonly Qualification[] = ['primary', 'pabo', 'limited_second_degree', 'second_degree', 'first_degree', 'pdg', 'bko_bdb'];
const supportQualifications: readonly Qualification[] = ['support_staff', 'instructor_mbo', 'none_guest_teacher'];

function some<T>(values: readonly T[], wanted: readonly T[]): boolean {
  return values.some((value) => wanted.includes(value));
}

type EducationRule = readonly [levels: readonly PriorEducation[], education: Education, reason: RouteReason];

/** The first rule naming the level decides; an unknown or vague level is unknown; else not met. */
function education(level: PriorEducation | null, rules: readonly EducationRule[], notMet: RouteReason): Pick<Assessment, 'education' | 'educationReason'> {
  if (level === null || vague.includes(level)) return { education: 'unknown', educationReason: 'educationUnknown' };
  const rule = rules.find(([levels]) => levels.includes(level));
  return rule ? { education: rule[1], educationReason: rule[2] } : { education: 'not_met', educationReason: notMet };
}

/** What the candidate wants, per school type: wanted, no preference given, or something else. */
function sectorDirection(profile: RouteProfile, sectors: readonly Sector[], qualifications: readonly Qualification[], reason: RouteReason, extra = false): Pick<Assessment, 'direction' | 'directionReason'> {
  if (extra || some(profile.sectors, sectors) || some(profile.qualifications, qualifications)) return { direction: 'wanted', directionReason: reason };
  if (profile.sectors.length === 0) return { direction: 'open', directionReason: null };
  return { direction: 'other', directionReason: 'otherSector' };
}

const degree: EducationRule = [bachelorOrMore, 'meets', 'hasDegree'];
/** Pabo and tweedegraads: shorter with a degree; havo, vwo or mbo-4 for admission. */
const hboProgramme: readonly EducationRule[] = [
  [bachelorOrMore, 'meets', 'shortenedForGraduates'],
  [hboAdmission, 'meets', 'meetsAdmission'],
];

const assess: Record<TeachingRoute, (profile: RouteProfile) => Assessment> = {
  // Zij-instroom: a degree (mbo-4 for some technical subjects) and a job at a school.
  lateral_entry: (profile) => {
    const technical = some(profile.subjects, technicalSubjects);
    const mbo4: EducationRule = [['mbo_4'], technical ? 'meets' : 'unknown', technical ? 'mbo4Technical' : 'mbo4TechnicalOnly'];
    const teaches = some(profile.functions, teachingFunctions) || some(profile.qualifications, teachingQualifications);
    const onlySupport = !teaches && profile.functions.length > 0 && profile.functions.every((item) => supportFunctions.includes(item));
    return {
      ...education(profile.priorEducation, [degree, mbo4], 'needsDegree'),
      direction: teaches ? 'wanted' : onlySupport ? 'other' : 'open',
      directionReason: teaches ? 'wantsToTeach' : onlySupport ? 'prefersSupportRole' : null,
    };
  },
  part_time_pabo: (profile) => ({
    ...education(profile.priorEducation, hboProgramme, 'needsHavoOrMbo4'),
    ...sectorDirection(profile, ['po', 'so'], ['primary', 'pabo'], 'wantsPrimary', profile.subjects.includes('groepsleerkracht_po')),
  }),
  second_degree: (profile) => ({
    ...education(profile.priorEducation, hboProgramme, 'needsHavoOrMbo4'),
    ...sectorDirection(profile, ['vo', 'pro', 'mbo'], ['limited_second_degree', 'second_degree'], 'wantsSecondary'),
  }),
  // A master: a bachelor first (in the subject, or a tweedegraads qualification).
  first_degree: (profile) => ({
    ...education(profile.priorEducation, [degree], 'needsBachelor'),
    ...sectorDirection(profile, ['vo', 'mbo'], ['first_degree'], 'wantsSecondary'),
  }),
  // The educatieve master: after a university master in (or close to) a school subject.
  educational_master: (profile) => ({
    ...education(
      profile.priorEducation,
      [
        [woMaster, 'meets', 'hasWoMaster'],
        [woBachelor, 'unknown', 'woBachelorOnly'],
      ],
      'needsWoMaster',
    ),
    ...sectorDirection(profile, ['vo'], ['first_degree'], 'wantsSecondary'),
  }),
  // PDG: teaching in mbo while working there; usually hbo level, for vocational subjects mbo-4 with experience.
  pdg: (profile) => ({
    ...education(profile.priorEducation, [degree, [['mbo_4'], 'unknown', 'mbo4Vocational']], 'needsDegree'),
    ...sectorDirection(profile, ['mbo'], ['pdg', 'instructor_mbo'], 'wantsMbo'),
  }),
  // Onderwijsassistent, leraarondersteuner, gastdocent, instructeur: no teaching diploma required.
  no_diploma_roles: (profile) => {
    const wanted = some(profile.functions, supportFunctions) || profile.functions.includes('instructor') || some(profile.qualifications, supportQualifications);
    return { education: 'meets', educationReason: 'noDiplomaNeeded', direction: wanted ? 'wanted' : 'open', directionReason: wanted ? 'wantsSupportRole' : null };
  },
};

function fitOf({ education: met, direction }: Assessment): RouteFit {
  if (met === 'not_met') return 'unlikely';
  return met === 'meets' && direction === 'wanted' ? 'good' : 'possible';
}

const fitRank: Record<RouteFit, number> = { good: 0, possible: 1, unlikely: 2 };
const directionRank: Record<Direction, number> = { wanted: 0, open: 1, other: 2 };
const educationRank: Record<Education, number> = { meets: 0, unknown: 1, not_met: 2 };

/**
 * Every route into teaching with how well it fits the profile, best first: by fit, then by
 * whether it is what the candidate is looking for, then by whether their education meets it.
 */
export function routesForProfile(profile: RouteProfile): RouteOption[] {
  return teachingRoutes
    .map((id) => {
      const assessment = assess[id](profile);
      const fit = fitOf(assessment);
      const reasons: RouteReason[] = assessment.directionReason ? [assessment.educationReason, assessment.directionReason] : [assessment.educationReason];
      // One rank (fit, then wish, then education); the sort is stable, so ties keep the list order.
      return { option: { id, fit, reasons }, rank: fitRank[fit] * 9 + directionRank[assessment.direction] * 3 + educationRank[assessment.education] };
    })
    .sort((a, b) => a.rank - b.rank)
    .map(({ option }) => option);
}
