import { z } from 'zod';
import { organisationTypes, programmeTypes, sectors, subjects, activityKinds } from '../vocabularies.js';
import {
  emailSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  nameSchema,
  phoneSchema,
  postcodeSchema,
  shortTextSchema,
  urlSchema,
} from './common.js';

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
});
export type Organisation = z.infer<typeof organisationSchema>;

/** `regions/{r}/contacts/{id}`: a contact person at an organisation (personal data). */
export const contactSchema = z.object({
  organisationId: idSchema,
  name: nameSchema,
  jobTitle: shortTextSchema,
  email: emailSchema.nullable(),
  phone: phoneSchema.nullable(),
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
  closingDate: isoDateSchema.nullable(),
  description: longTextSchema,
  published: z.boolean(),
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
});
export type Activity = z.infer<typeof activitySchema>;

export const registrationStatuses = ['registered', 'cancelled', 'attended', 'no_show'] as const;

/** `regions/{r}/activities/{a}/registrations/{id}`. */
export const registrationSchema = z.object({
  candidateId: idSchema.nullable(),
  name: nameSchema,
  email: emailSchema,
  status: z.enum(registrationStatuses),
  registeredAt: z.date(),
  registeredBy: z.string(),
});
export type Registration = z.infer<typeof registrationSchema>;
