import { z } from 'zod';
import { activityKinds, jobFunctions, organisationTypes, programmeTypes, sectors, subjects } from '../vocabularies.js';
import {
  emailSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  nameSchema,
  phoneSchema,
  postcodeSchema,
  shortTextSchema,
  trackedSchema,
  urlSchema,
} from './common.js';

/**
 * Network and offer documents carry who changed them last when written by the app (older or
 * imported documents may lack them). Edit forms compare `updatedAt` to refuse stale saves.
 */
const stamps = trackedSchema.partial().shape;

/** `regions/{r}/organisations/{id}`: schools, boards, training institutes, the desk itself. */
export const organisationSchema = z.object({
  type: z.enum(organisationTypes),
  name: nameSchema,
  sectors: z.array(z.enum(sectors)),
  address: shortTextSchema.nullable(),
  postcode: postcodeSchema.nullable(),
  place: shortTextSchema.nullable(),
  /** BRIN or location code, optional. */
  brin: z.string().trim().max(8).nullable(),
  boardId: idSchema.nullable(),
  website: urlSchema.nullable(),
  ...stamps,
});
export type Organisation = z.infer<typeof organisationSchema>;

/** `regions/{r}/contacts/{id}`: a contact person at an organisation (personal data). */
export const contactSchema = z.object({
  organisationId: idSchema,
  name: nameSchema,
  jobTitle: shortTextSchema,
  email: emailSchema.nullable(),
  phone: phoneSchema.nullable(),
  ...stamps,
});
export type Contact = z.infer<typeof contactSchema>;

/** `regions/{r}/programmes/{id}`: a teacher-training programme at an institute. */
export const programmeSchema = z.object({
  organisationId: idSchema,
  name: nameSchema,
  type: z.enum(programmeTypes),
  sectors: z.array(z.enum(sectors)),
  subjects: z.array(z.enum(subjects)),
  startDates: z.array(isoDateSchema),
  durationMonths: z.number().int().min(1).max(72).nullable(),
  admission: longTextSchema,
  published: z.boolean(),
  ...stamps,
});
export type Programme = z.infer<typeof programmeSchema>;

/** `regions/{r}/vacancies/{id}`: a vacancy at a school. */
export const vacancySchema = z.object({
  organisationId: idSchema,
  title: nameSchema,
  sector: z.enum(sectors),
  subjects: z.array(z.enum(subjects)),
  hoursPerWeek: z.number().min(1).max(40),
  lateralEntry: z.boolean(),
  /** The role; absent on older vacancies, which are teaching posts. */
  jobFunction: z.enum(jobFunctions).optional(),
  closingDate: isoDateSchema.nullable(),
  /** When the post starts, if known. */
  startDate: isoDateSchema.nullable().optional(),
  description: longTextSchema,
  published: z.boolean(),
  ...stamps,
});
export type Vacancy = z.infer<typeof vacancySchema>;

/** `regions/{r}/activities/{id}`: information meetings, shadow days, webinars, … */
export const activitySchema = z.object({
  kind: z.enum(activityKinds),
  title: nameSchema,
  description: longTextSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  location: shortTextSchema,
  online: z.boolean(),
  capacity: z.number().int().min(1).max(10_000).nullable(),
  published: z.boolean(),
  /** Shown to candidates of other regions too. */
  crossRegional: z.boolean(),
  /** Server-owned: registrations with status registered or attended (kept by a trigger). */
  registrationCount: z.number().int().min(0),
  ...stamps,
});
export type Activity = z.infer<typeof activitySchema>;

export const registrationStatuses = ['registered', 'cancelled', 'attended', 'no_show'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
/** Statuses that take a place at the activity. */
export const placeTakingStatuses = ['registered', 'attended'] as const satisfies readonly RegistrationStatus[];

/** Who made a registration: an adviser for a candidate, the candidate in the app, or a website visitor. */
export const registrationSources = ['adviser', 'candidate', 'website'] as const;
export type RegistrationSource = (typeof registrationSources)[number];

/** `regions/{r}/activities/{a}/registrations/{id}`. */
export const registrationSchema = z.object({
  /** The dossier this registration belongs to; null for a visitor Koers does not know. */
  candidateId: idSchema.nullable(),
  name: nameSchema,
  email: emailSchema,
  phone: phoneSchema.nullable(),
  status: z.enum(registrationStatuses),
  source: z.enum(registrationSources),
  registeredAt: z.date(),
  /** Uid of the adviser or candidate; 'website' for the public endpoint. */
  registeredBy: z.string(),
});
export type Registration = z.infer<typeof registrationSchema>;
