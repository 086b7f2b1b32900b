import { z } from 'zod';
import { jobFunctions, organisationTypes, programmeTypes, sectors, subjects } from '../vocabularies.js';
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

export * from './activity.js';
