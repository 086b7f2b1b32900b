/**
 * Controlled vocabularies from the regions' shared data model.
 * Codes are stored in Firestore; the pilot's exact Dutch values live in `pilot.ts`
 * so import/export stays lossless. UI labels come from the i18n catalogue.
 */

export const sectors = ['po', 'vo', 'so', 'mbo', 'ho', 'pro'] as const;
export type Sector = (typeof sectors)[number];

export const jobFunctions = [
  'teacher',
  'instructor',
  'support_staff',
  'support',
  'pupil_care',
  'middle_management',
  'school_leadership',
  'other',
] as const;
export type JobFunction = (typeof jobFunctions)[number];

export const qualifications = [
  'primary',
  'limited_second_degree',
  'second_degree',
  'first_degree',
  'pdg',
  'bko_bdb',
  'support_staff',
  'instructor_mbo',
  'none_guest_teacher',
  'pabo',
  'unknown',
  'no_idea_yet',
  'not_applicable',
] as const;
export type Qualification = (typeof qualifications)[number];

export const priorEducationLevels = [
  'none',
  'practical',
  'vmbo_bl',
  'vmbo_kl',
  'vmbo_gl',
  'vmbo_tl',
  'vmbo',
  'havo',
  'vwo',
  'mbo_entry',
  'mbo_2',
  'mbo_3',
  'mbo_4',
  'mbo',
  'associate_degree',
  'hbo_propaedeutic',
  'hbo_bachelor',
  'hbo_master',
  'hbo',
  'wo_bachelor',
  'wo_master',
  'wo',
  'phd',
] as const;
export type PriorEducation = (typeof priorEducationLevels)[number];

export const interactionKinds = [
  'phone',
  'email',
  'in_person',
  'referral',
  'advice_conversation',
  'introductory_conversation',
  'activity_registration',
  'other',
  'not_applicable',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/**
 * Subjects worth tracking. The first twelve are the OCW shortage subjects (Oct 2023),
 * with their estimated shortage percentage; the rest are common school subjects.
 */
export const subjects = [
  'techniek',
  'informatica',
  'nederlands',
  'beroepsgericht_vmbo',
  'nask',
  'duits',
  'wiskunde',
  'natuurkunde',
  'frans',
  'scheikunde',
  'engels',
  'klassieke_talen',
  'biologie',
  'aardrijkskunde',
  'geschiedenis',
  'economie',
  'lichamelijke_opvoeding',
  'kunstvakken',
  'levensbeschouwing',
  'groepsleerkracht_po',
] as const;
export type Subject = (typeof subjects)[number];

export const shortagePercentBySubject: Partial<Record<Subject, number>> = {
  techniek: 10.3,
  informatica: 10.0,
  nederlands: 9.6,
  beroepsgericht_vmbo: 9.1,
  nask: 8.8,
  duits: 6.8,
  wiskunde: 6.7,
  natuurkunde: 5.8,
  frans: 5.3,
  scheikunde: 4.3,
  engels: 4.2,
  klassieke_talen: 4.0,
};

export const candidateSources = [
  'website_form',
  'api',
  'onderwijsloket',
  'adviser',
  'import',
  'activity',
  'referral',
  'self_service',
] as const;
export type CandidateSource = (typeof candidateSources)[number];

export const exitReasons = [
  'chose_other_career',
  'no_suitable_route',
  'financial',
  'personal_circumstances',
  'no_workplace_found',
  'not_admitted',
  'moved_out_of_region',
  'no_response',
  'other',
] as const;
export type ExitReason = (typeof exitReasons)[number];

export const organisationTypes = ['school', 'school_board', 'training_institute', 'regional_desk'] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const programmeTypes = [
  'part_time_pabo',
  'shortened_pabo',
  'second_degree',
  'first_degree',
  'educational_master',
  'pdg',
  'lateral_entry_track',
  'teaching_assistant',
  'other',
] as const;
export type ProgrammeType = (typeof programmeTypes)[number];

export const activityKinds = [
  'information_meeting',
  'shadow_day',
  'open_day',
  'webinar',
  'network_event',
  'other',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
