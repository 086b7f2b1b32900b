/**
 * Controlled vocabularies from the regions' shared data model.
 * Codes are stored in Firestore; the pilot's exact Dutch values live in `pilot.ts`
 * so import/export stays lossless. UI labels come from the i18n catalogue.
 */
export declare const sectors: readonly ["po", "vo", "so", "mbo", "ho", "pro"];
export type Sector = (typeof sectors)[number];
export declare const jobFunctions: readonly ["teacher", "instructor", "support_staff", "support", "pupil_care", "middle_management", "school_leadership", "other"];
export type JobFunction = (typeof jobFunctions)[number];
export declare const qualifications: readonly ["primary", "limited_second_degree", "second_degree", "first_degree", "pdg", "bko_bdb", "support_staff", "instructor_mbo", "none_guest_teacher", "pabo", "unknown", "no_idea_yet", "not_applicable"];
export type Qualification = (typeof qualifications)[number];
export declare const priorEducationLevels: readonly ["none", "practical", "vmbo_bl", "vmbo_kl", "vmbo_gl", "vmbo_tl", "vmbo", "havo", "vwo", "mbo_entry", "mbo_2", "mbo_3", "mbo_4", "mbo", "associate_degree", "hbo_propaedeutic", "hbo_bachelor", "hbo_master", "hbo", "wo_bachelor", "wo_master", "wo", "phd"];
export type PriorEducation = (typeof priorEducationLevels)[number];
export declare const interactionKinds: readonly ["phone", "email", "in_person", "referral", "advice_conversation", "introductory_conversation", "activity_registration", "other", "not_applicable"];
export type InteractionKind = (typeof interactionKinds)[number];
/**
 * Subjects worth tracking. The first twelve are the OCW shortage subjects (Oct 2023),
 * with their estimated shortage percentage; the rest are common school subjects.
 */
export declare const subjects: readonly ["techniek", "informatica", "nederlands", "beroepsgericht_vmbo", "nask", "duits", "wiskunde", "natuurkunde", "frans", "scheikunde", "engels", "klassieke_talen", "biologie", "aardrijkskunde", "geschiedenis", "economie", "lichamelijke_opvoeding", "kunstvakken", "levensbeschouwing", "groepsleerkracht_po"];
export type Subject = (typeof subjects)[number];
export declare const shortagePercentBySubject: Partial<Record<Subject, number>>;
export declare const candidateSources: readonly ["website_form", "api", "onderwijsloket", "adviser", "import", "activity", "referral", "self_service"];
export type CandidateSource = (typeof candidateSources)[number];
export declare const exitReasons: readonly ["chose_other_career", "no_suitable_route", "financial", "personal_circumstances", "no_workplace_found", "not_admitted", "moved_out_of_region", "no_response", "other"];
export type ExitReason = (typeof exitReasons)[number];
export declare const organisationTypes: readonly ["school", "school_board", "training_institute", "regional_desk"];
export type OrganisationType = (typeof organisationTypes)[number];
export declare const programmeTypes: readonly ["part_time_pabo", "shortened_pabo", "second_degree", "first_degree", "educational_master", "pdg", "lateral_entry_track", "teaching_assistant", "other"];
export type ProgrammeType = (typeof programmeTypes)[number];
export declare const activityKinds: readonly ["information_meeting", "shadow_day", "open_day", "webinar", "network_event", "other"];
export type ActivityKind = (typeof activityKinds)[number];
export declare const locales: readonly ["nl", "en"];
export type Locale = (typeof locales)[number];
