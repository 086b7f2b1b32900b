// What a region publishes to websites: activities and vacancies as the public API returns them
// (only public fields, never contact persons, stamps or anything personal), and the input of a
// website visitor's registration. The widget imports these types; the API, tests and the
// widget agree on one shape.
import { z } from 'zod';
import { placeTakingStatuses, type Activity, type Organisation, type RegistrationStatus, type Vacancy } from './schemas/network.js';
import { formEmailSchema, formGuardFields, formPhoneSchema } from './form-guard.js';
import { idSchema, isoDateSchema, longTextSchema, nameSchema, regionIdSchema, shortTextSchema, urlSchema } from './schemas/common.js';
import { activityKinds, organisationTypes, sectors, subjects } from './vocabularies.js';

export const publicActivitySchema = z.strictObject({
  id: idSchema,
  regionId: regionIdSchema,
  kind: z.enum(activityKinds),
  title: nameSchema,
  description: longTextSchema,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: shortTextSchema,
  online: z.boolean(),
  capacity: z.number().int().min(1).nullable(),
  /** Null when the activity has no capacity; never below 0. */
  placesLeft: z.number().int().min(0).nullable(),
  crossRegional: z.boolean(),
});
export type PublicActivity = z.infer<typeof publicActivitySchema>;

/** A school as a website may show it: no address, BRIN, board or people. */
export const publicSchoolSchema = z.strictObject({
  name: nameSchema,
  place: shortTextSchema.nullable(),
  type: z.enum(organisationTypes),
  website: urlSchema.nullable(),
});
export type PublicSchool = z.infer<typeof publicSchoolSchema>;

export const publicVacancySchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  sector: z.enum(sectors),
  subjects: z.array(z.enum(subjects)),
  hoursPerWeek: z.number(),
  lateralEntry: z.boolean(),
  closingDate: isoDateSchema.nullable(),
  description: longTextSchema,
  /** Null when the school's document is missing (a vacancy is still worth showing). */
  school: publicSchoolSchema.nullable(),
});
export type PublicVacancy = z.infer<typeof publicVacancySchema>;

/** `GET /api/public/v1/regions/{r}/activities`. */
export const publicActivityListSchema = z.strictObject({ regionId: regionIdSchema, activities: z.array(publicActivitySchema) });
export type PublicActivityList = z.infer<typeof publicActivityListSchema>;

/** `GET /api/public/v1/regions/{r}/vacancies`. */
export const publicVacancyListSchema = z.strictObject({ regionId: regionIdSchema, vacancies: z.array(publicVacancySchema) });
export type PublicVacancyList = z.infer<typeof publicVacancyListSchema>;

export function placesLeft(activity: Pick<Activity, 'capacity' | 'registrationCount'>): number | null {
  return activity.capacity === null ? null : Math.max(0, activity.capacity - activity.registrationCount);
}

export function toPublicActivity(id: string, regionId: string, activity: Activity): PublicActivity {
  return {
    id,
    regionId,
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    startsAt: activity.startsAt.toISOString(),
    endsAt: activity.endsAt.toISOString(),
    location: activity.location,
    online: activity.online,
    capacity: activity.capacity,
    placesLeft: placesLeft(activity),
    crossRegional: activity.crossRegional,
  };
}

export function toPublicSchool(organisation: Organisation): PublicSchool {
  return { name: organisation.name, place: organisation.place, type: organisation.type, website: organisation.website };
}

export function toPublicVacancy(id: string, vacancy: Vacancy, organisation: Organisation | null): PublicVacancy {
  return {
    id,
    title: vacancy.title,
    sector: vacancy.sector,
    subjects: vacancy.subjects,
    hoursPerWeek: vacancy.hoursPerWeek,
    lateralEntry: vacancy.lateralEntry,
    closingDate: vacancy.closingDate,
    description: vacancy.description,
    school: organisation ? toPublicSchool(organisation) : null,
  };
}

/** Shown on a website: published and not yet over. */
export function isActivityListed(activity: Pick<Activity, 'published' | 'endsAt'>, now: Date): boolean {
  return activity.published && activity.endsAt.getTime() > now.getTime();
}

/**
 * Shown on another region's website: published, cross-regional, not over. The region itself
 * lists all its published activities.
 */
export function isActivityListedFor(
  activity: Pick<Activity, 'published' | 'endsAt' | 'crossRegional'>,
  activityRegionId: string,
  websiteRegionId: string,
  now: Date,
): boolean {
  return isActivityListed(activity, now) && (activityRegionId === websiteRegionId || activity.crossRegional);
}

export type RegistrationOpenness = 'open' | 'unpublished' | 'started' | 'full';

/** Whether a website visitor may still register: published, not started, places left. */
export function registrationOpenness(
  activity: Pick<Activity, 'published' | 'startsAt' | 'capacity'>,
  placeTakingCount: number,
  now: Date,
): RegistrationOpenness {
  if (!activity.published) return 'unpublished';
  if (activity.startsAt.getTime() <= now.getTime()) return 'started';
  if (activity.capacity !== null && placeTakingCount >= activity.capacity) return 'full';
  return 'open';
}

export function isOpenForRegistration(activity: Pick<Activity, 'published' | 'startsAt' | 'capacity' | 'registrationCount'>, now: Date): boolean {
  return registrationOpenness(activity, activity.registrationCount, now) === 'open';
}

export function takesPlace(status: RegistrationStatus): boolean {
  return (placeTakingStatuses as readonly RegistrationStatus[]).includes(status);
}

// en-CA formats as YYYY-MM-DD. Made once: creating a formatter costs far more than formatting,
// and aggregates format every step of every dossier.
const dutchDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date (YYYY-MM-DD) in the Netherlands, where closing dates are meant. */
export function dutchDate(now: Date): string {
  return dutchDateFormat.format(now);
}

/** Shown on a website: published and the closing date (inclusive) has not passed. */
export function isVacancyListed(vacancy: Pick<Vacancy, 'published' | 'closingDate'>, now: Date): boolean {
  return vacancy.published && (vacancy.closingDate === null || vacancy.closingDate >= dutchDate(now));
}

/**
 * `POST /api/public/v1/regions/{r}/activities/{a}/registrations`: what the website form sends,
 * with the form guard's fields (see form-guard.ts).
 */
export const publicRegistrationInputSchema = z.object({
  name: nameSchema,
  email: formEmailSchema,
  phone: formPhoneSchema,
  privacyConsent: z.literal(true, { error: 'privacy consent is required' }),
  ...formGuardFields,
});
export type PublicRegistrationInput = z.infer<typeof publicRegistrationInputSchema>;

/** One problem with a request, named by field, for the API's 400 answers and the widget. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** zod issues as field problems (the first issue per field; the field '' for the whole body). */
export function fieldProblems(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; code: string; message: string }>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (problems.some((problem) => problem.field === field)) continue;
    problems.push({ field, code: issue.code, message: issue.message });
  }
  return problems;
}
