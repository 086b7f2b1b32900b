// Activities and their registrations, apart from the other network documents: the candidate's
// app reads only these, and a module's zod schemas are all built when it loads.
import { z } from 'zod';
import { activityKinds } from '../vocabularies.js';
import { emailSchema, idSchema, longTextSchema, nameSchema, phoneSchema, shortTextSchema, trackedSchema } from './common.js';

/** Written by the app with who changed them last (see network.ts). */
const stamps = trackedSchema.partial().shape;

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
