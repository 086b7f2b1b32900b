import { z } from 'zod';
import { candidateStatuses, phases } from '../journey.js';
import {
  candidateSources,
  exitReasons,
  interactionKinds,
  jobFunctions,
  priorEducationLevels,
  qualifications,
  sectors,
  subjects,
} from '../vocabularies.js';
import {
  emailSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  nameSchema,
  phoneSchema,
  postcodeSchema,
  regionIdSchema,
  shortTextSchema,
} from './common.js';
import { matchPreferencesSchema } from './match-basics.js';
import { candidateProfileSchema, consentSchema } from './candidate-profile.js';

export * from './candidate-profile.js';
export * from './candidate-requests.js';

export const customFieldValueSchema = z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50)]);

export const intakeRoutingSchema = z.object({
  /** The municipality the candidate's place lies in (from the open places dataset). */
  municipality: shortTextSchema,
  /** The region whose service area holds that municipality. */
  suggestedRegionId: regionIdSchema,
  at: z.date(),
});
export type IntakeRouting = z.infer<typeof intakeRoutingSchema>;

/**
 * One step of the journey: the phase and status the dossier took at `at`. The candidate
 * trigger appends a step whenever phase or status change, so the history survives later
 * edits; dashboards derive entries, exits, conversion and time in phase from it.
 */
export const journeyStepSchema = z.object({
  phase: z.enum(phases),
  status: z.enum(candidateStatuses),
  exitReason: z.enum(exitReasons).nullable(),
  at: z.date(),
});
export type JourneyStep = z.infer<typeof journeyStepSchema>;

/** `candidates/{id}`: the dossier (overstapdossier). Staff of its regions and the candidate read it. */
export const candidateSchema = candidateProfileSchema.extend({
  phase: z.enum(phases),
  status: z.enum(candidateStatuses),
  phaseSince: z.date(),
  exitReason: z.enum(exitReasons).nullable(),
  ownerUid: z.string().nullable(),
  homeRegionId: regionIdSchema,
  /** Home region plus regions it is shared with (cross-regional help). */
  regionIds: z.array(regionIdSchema).min(1),
  consent: consentSchema,
  source: z.enum(candidateSources),
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  bottlenecks: z.array(z.string().trim().min(1).max(200)).max(30),
  customFields: z.record(z.string(), customFieldValueSchema),
  notes: longTextSchema.nullable(),
  lastContactAt: z.date().nullable(),
  /** Server-owned: the candidate's own account, linked by verified e-mail. */
  authUid: z.string().nullable(),
  /** Server-owned: organisations with an introduction, for their read access. */
  introducedOrganisationIds: z.array(idSchema),
  /**
   * Server-owned: set at intake when the candidate's place lies in another region's service
   * area, so the receiving desk sees a one-click handover suggestion; cleared when handled.
   */
  intakeRouting: intakeRoutingSchema.nullable().optional(),
  /** Server-owned: the phase history, oldest first (see `journeyStepSchema`). */
  journey: z.array(journeyStepSchema).max(1000).optional(),
  createdAt: z.date(),
  createdBy: z.string(),
  updatedAt: z.date(),
  updatedBy: z.string(),
});
export type Candidate = z.infer<typeof candidateSchema>;

/** Fields only Cloud Functions write (never a client). */
export const candidateServerOwnedFields = ['homeRegionId', 'authUid', 'introducedOrganisationIds', 'intakeRouting', 'journey', 'createdAt', 'createdBy'] as const;

/**
 * `regions/{r}/candidateIndex/{candidateId}`: the list/board projection of a candidate in
 * each region that may see it, maintained by a function. Carries search tokens so search
 * covers the whole pool, not just loaded pages.
 */
export const candidateIndexEntrySchema = z.object({
  name: nameSchema,
  email: emailSchema.nullable(),
  phone: phoneSchema.nullable(),
  place: shortTextSchema.nullable(),
  postcode: postcodeSchema.nullable(),
  phase: z.enum(phases),
  status: z.enum(candidateStatuses),
  phaseSince: z.date(),
  ownerUid: z.string().nullable(),
  homeRegionId: regionIdSchema,
  sectors: z.array(z.enum(sectors)),
  functions: z.array(z.enum(jobFunctions)),
  qualifications: z.array(z.enum(qualifications)),
  subjects: z.array(z.enum(subjects)),
  priorEducation: z.enum(priorEducationLevels).nullable(),
  source: z.enum(candidateSources),
  tags: z.array(z.string()),
  /** Organisations the candidate was introduced to (organisation pages list them). */
  organisationIds: z.array(idSchema),
  lastContactAt: z.date().nullable(),
  updatedAt: z.date(),
  /** Search tokens as map keys (see searchKeyField in text.ts). */
  searchKeys: z.record(z.string(), z.literal(true)),
  /** Set while the dossier has a routing suggestion (intakeRouting): the region it points to. */
  handoverSuggestedTo: regionIdSchema.optional(),
  /** The dossier's matching wishes, when set: ranking candidates for a vacancy reads only the index. */
  matchPreferences: matchPreferencesSchema.optional(),
});
export type CandidateIndexEntry = z.infer<typeof candidateIndexEntrySchema>;

/** `candidates/{c}/interactions/{id}`: the shared contact history. */
export const interactionSchema = z.object({
  kind: z.enum(interactionKinds),
  summary: z.string().trim().min(1).max(500),
  notes: longTextSchema.nullable(),
  performedAt: z.date(),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable(),
  /** Region or organisation on whose behalf the contact took place. */
  regionId: regionIdSchema,
  organisationId: idSchema.nullable(),
  authorUid: z.string(),
  authorName: z.string().max(200),
  createdAt: z.date(),
});
export type Interaction = z.infer<typeof interactionSchema>;

/** `regions/{r}/tasks/{id}`: a next step assigned to a person. */
export const taskSchema = z.object({
  title: z.string().trim().min(1).max(200),
  candidateId: idSchema.nullable(),
  assigneeUid: z.string(),
  dueDate: isoDateSchema,
  done: z.boolean(),
  doneAt: z.date().nullable(),
  createdAt: z.date(),
  createdBy: z.string(),
  updatedAt: z.date(),
  updatedBy: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const auditActions = ['create', 'update', 'delete', 'merge', 'consent', 'link_account', 'share', 'import', 'handover', 'match', 'message'] as const;

/** `candidates/{c}/audit/{eventId}`: who changed what and when. Written only by functions. */
export const auditEntrySchema = z.object({
  action: z.enum(auditActions),
  actor: z.string(),
  at: z.date(),
  changedFields: z.array(z.string()),
  /** Previous phase/status when the journey moved, for phase history. */
  from: z.record(z.string(), z.unknown()).nullable(),
  to: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `regions/{r}/savedViews/{id}`: a saved candidate-list filter. */
export const savedViewSchema = z.object({
  name: nameSchema,
  ownerUid: z.string(),
  shared: z.boolean(),
  filters: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
});
export type SavedView = z.infer<typeof savedViewSchema>;
