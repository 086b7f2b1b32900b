// The candidate's own side of Koers: what they see of their dossier, their next steps, and
// what they may ask the functions to change. A candidate never reads or writes the dossier
// itself (it holds internal notes, the owner and the phase history); they read the view a
// function keeps and change their profile and consent through callables.
import { z } from 'zod';
import { candidateStatuses, phases } from '../journey.js';
import type { activityKinds} from '../vocabularies.js';
import { interactionKinds } from '../vocabularies.js';
import { candidateProfileSchema, candidateSelfEditableFields, consentSchema } from './candidate-profile.js';
import { idSchema, isoDateSchema, regionIdSchema, shortTextSchema } from './common.js';
import { matchStatuses, matchTargetKinds } from './match-basics.js';

/** Someone who helps the candidate: their adviser, or a school or institute they were introduced to. */
export const helperSchema = z.object({
  kind: z.enum(['adviser', 'school', 'institute']),
  name: z.string().max(200),
  /** The organisation's or region's name, shown under the person. */
  organisation: z.string().max(200).nullable(),
  regionId: regionIdSchema,
  email: z.string().max(254).nullable(),
  phone: z.string().max(40).nullable(),
  website: z.string().max(500).nullable(),
  place: z.string().max(200).nullable(),
});
export type Helper = z.infer<typeof helperSchema>;

/** An introduction as the candidate sees it: no score, no reasons, no notes between professionals. */
export const myMatchSchema = z.object({
  id: idSchema,
  regionId: regionIdSchema,
  targetKind: z.enum(matchTargetKinds),
  organisationName: z.string().max(200),
  vacancyTitle: z.string().max(200).nullable(),
  programmeName: z.string().max(200).nullable(),
  status: z.enum(matchStatuses),
  plannedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type MyMatch = z.infer<typeof myMatchSchema>;

/** A recent conversation, so the candidate can rate it; never its summary or notes. */
export const myContactSchema = z.object({
  id: idSchema,
  kind: z.enum(interactionKinds),
  performedAt: z.date(),
  regionId: regionIdSchema,
  authorName: z.string().max(200),
});
export type MyContact = z.infer<typeof myContactSchema>;

/**
 * `candidateViews/{candidateId}`: what the candidate sees of their dossier. Kept by a function
 * from the dossier, the adviser's directory entry, the matches and the contact history; read
 * by the candidate only. `version` is the dossier's updatedAt: profile corrections send it
 * back so a change made meanwhile is never silently overwritten.
 */
export const candidateViewSchema = candidateProfileSchema.extend({
  phase: z.enum(phases),
  status: z.enum(candidateStatuses),
  phaseSince: z.date(),
  homeRegionId: regionIdSchema,
  regionIds: z.array(regionIdSchema).min(1),
  consent: consentSchema,
  helpers: z.array(helperSchema).max(50),
  matches: z.array(myMatchSchema).max(100),
  recentContacts: z.array(myContactSchema).max(10),
  version: z.date(),
  syncedAt: z.date(),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

/**
 * `candidates/{c}/steps/{id}`: a next step the adviser sets and the candidate ticks off.
 * Staff of the dossier's regions write it; the candidate changes only done, doneAt, doneBy.
 */
export const nextStepSchema = z.object({
  title: z.string().trim().min(1).max(200),
  detail: shortTextSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  /** Sort order in the checklist (ascending). */
  order: z.number().int().min(0).max(1_000_000),
  done: z.boolean(),
  doneAt: z.date().nullable(),
  doneBy: z.string().nullable(),
  createdAt: z.date(),
  createdBy: z.string(),
  updatedAt: z.date(),
  updatedBy: z.string(),
});
export type NextStep = z.infer<typeof nextStepSchema>;

const selfEditableShape = candidateProfileSchema.pick(
  Object.fromEntries(candidateSelfEditableFields.map((field) => [field, true])) as { [K in (typeof candidateSelfEditableFields)[number]]: true },
).shape;
/** The self-editable profile fields, each optional: a correction names only what changed. */
export const selfProfilePatchSchema = z.object(selfEditableShape).partial().strict();
export type SelfProfilePatch = z.infer<typeof selfProfilePatchSchema>;

/**
 * `updateMyProfile` input: the changed fields, and the view's `version` the form started from.
 * A field changed by someone else since then is a conflict (nothing is written).
 */
export const updateMyProfileInputSchema = z.object({
  changes: selfProfilePatchSchema.refine((changes) => Object.keys(changes).length > 0, 'Nothing to change'),
  /** The values the form started from, for the changed fields. */
  base: selfProfilePatchSchema,
});
export type UpdateMyProfileInput = z.infer<typeof updateMyProfileInputSchema>;
export const updateMyProfileResultSchema = z.object({ changedFields: z.array(z.string()) });

/** `setMyConsent` input: one decision at a time, each recorded with its time and audited. */
export const setMyConsentInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('region'), regionId: regionIdSchema, given: z.boolean() }),
  z.object({ kind: z.literal('retainAfterProcess'), given: z.boolean() }),
  z.object({ kind: z.literal('shareWithOrganisations'), given: z.boolean() }),
]);
export type SetMyConsentInput = z.infer<typeof setMyConsentInputSchema>;

/** `inviteCandidate` input: staff (re)send a candidate the invitation to self-service. */
export const inviteCandidateInputSchema = z.object({ candidateId: idSchema });

/** `exportMyData` result: every document about the candidate, as plain JSON (dates as ISO strings). */
export const myDataExportSchema = z.object({
  exportedAt: z.string(),
  candidateId: idSchema,
  profile: z.record(z.string(), z.unknown()),
  sections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type MyDataExport = z.infer<typeof myDataExportSchema>;

/** The id of a candidate's own registration for an activity: one per person per activity. */
export function selfRegistrationId(candidateId: string): string {
  return `candidate-${candidateId}`;
}

/** The id of a candidate's rating of one conversation or activity: one rating each. */
export function feedbackId(candidateId: string, subjectId: string): string {
  return `${candidateId}-${subjectId}`;
}

/** Activity kinds by how well they suit a phase (earlier kinds first), for suggestions. */
export const activityKindsByPhase: Record<(typeof phases)[number], readonly (typeof activityKinds)[number][]> = {
  interest: ['information_meeting', 'webinar', 'open_day'],
  orientation: ['information_meeting', 'shadow_day', 'webinar', 'open_day'],
  decision: ['shadow_day', 'open_day', 'information_meeting'],
  matching: ['network_event', 'open_day', 'shadow_day'],
  preparation: ['network_event', 'other'],
};

/** The legal term for answering a privacy request (AVG art. 12: one month). */
export const privacyRequestTermDays = 30;
