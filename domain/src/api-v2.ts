// Koers' own v2 API (`/api/v2/...`): English field names and Koers' codes, where v1 keeps the
// pilot's Dutch names and values. The pilot never published its v2 field list, so these
// schemas are the contract; `GET /v2/schema` serves them as JSON Schema, generated from here so
// documentation and validation cannot drift apart.
import { z } from 'zod';
import { candidateStatuses, phases, type CandidateStatus, type Phase } from './journey.js';
import type { CandidateFromPilot } from './pilot-candidate.js';
import { customFieldProblems, type CustomFieldProblem } from './pilot-schema.js';
import { emailSchema, isoDateSchema, longTextSchema, nameSchema, phoneSchema, postcodeSchema, shortTextSchema, urlSchema } from './schemas/common.js';
import { customFieldValueSchema, pickProfile, type Candidate, type Interaction } from './schemas/candidate.js';
import type { CustomFieldDefinition } from './schemas/region.js';
import { candidateSources, exitReasons, interactionKinds, jobFunctions, priorEducationLevels, qualifications, sectors, subjects } from './vocabularies.js';

/** Mirrors the v1 limits: one page of custom fields, generous lists. */
const maxListItems = 50;
const codes = <T extends readonly [string, ...string[]]>(values: T, description: string) => z.array(z.enum(values)).max(maxListItems).describe(description);

/** The profile fields as v2 names them (the same names as the dossier's). */
const profileFields = {
  name: nameSchema.describe('Full name'),
  email: emailSchema.describe('E-mail address; matched ignoring case'),
  phone: phoneSchema.describe('Phone number; matched on its digits only'),
  linkedin: urlSchema.describe('LinkedIn profile URL'),
  birthDate: isoDateSchema.describe('Date of birth, YYYY-MM-DD'),
  address: shortTextSchema.describe('Street and house number'),
  postcode: postcodeSchema.describe('Dutch postcode, 1234 AB'),
  place: shortTextSchema.describe('Place of residence; decides the municipality and so the region'),
  motivation: longTextSchema.describe('Why the candidate wants to work in education'),
  phase: z.enum(phases).describe('Journey phase'),
  status: z.enum(candidateStatuses).describe('Where the candidate stands besides the phase'),
  sectors: codes(sectors, 'Sectors of interest'),
  functions: codes(jobFunctions, 'Functions of interest'),
  qualifications: codes(qualifications, 'Qualifications held'),
  subjects: codes(subjects, 'Subjects of interest'),
  priorEducation: z.enum(priorEducationLevels).describe('Highest completed prior education'),
  notes: longTextSchema.describe('Notes for the regional desk'),
};

const customFieldsInput = z
  .record(z.string().min(1).max(50), customFieldValueSchema)
  .describe("The region's own fields by name (see meta.regionCustomFields of GET /v2/schema)");

/** `POST /v2/candidates/upsert`: an existing candidate (same e-mail, else same phone) is updated. */
export const apiCandidateInputSchema = z
  .strictObject({
    ...profileFields,
    email: profileFields.email.optional(),
    phone: profileFields.phone.optional(),
    linkedin: profileFields.linkedin.optional(),
    birthDate: profileFields.birthDate.optional(),
    address: profileFields.address.optional(),
    postcode: profileFields.postcode.optional(),
    place: profileFields.place.optional(),
    motivation: profileFields.motivation.optional(),
    phase: profileFields.phase.optional().describe('Journey phase; sent without status, the candidate is (again) active'),
    status: profileFields.status.optional().describe('Sent only together with phase'),
    sectors: profileFields.sectors.optional(),
    functions: profileFields.functions.optional(),
    qualifications: profileFields.qualifications.optional(),
    subjects: profileFields.subjects.optional(),
    priorEducation: profileFields.priorEducation.optional(),
    notes: profileFields.notes.optional(),
    customFields: customFieldsInput.optional(),
    privacyConsent: z.literal(true).describe('The candidate consented to the processing of their data; must be true to store them'),
  })
  .superRefine((input, context) => {
    if (!input.email && !input.phone?.trim()) {
      context.addIssue({ code: 'custom', path: ['email'], message: 'send an email or a phone number to match the candidate on' });
    }
    if (input.status && !input.phase) {
      context.addIssue({ code: 'custom', path: ['phase'], message: 'send phase together with status' });
    }
  })
  .describe('A candidate to create, or to update when the region has one with this e-mail (else phone)');
export type ApiCandidateInput = z.infer<typeof apiCandidateInputSchema>;

/**
 * `PATCH /v2/candidates/{id}`: only sent fields change, lists are replaced as a whole, null
 * clears a field (an empty list for lists). Name, phase and status cannot be cleared.
 * Custom fields are merged by name; a null value removes that one field.
 */
export const apiCandidatePatchSchema = z
  .strictObject({
    name: profileFields.name.optional(),
    email: profileFields.email.nullable().optional(),
    phone: profileFields.phone.nullable().optional(),
    linkedin: profileFields.linkedin.nullable().optional(),
    birthDate: profileFields.birthDate.nullable().optional(),
    address: profileFields.address.nullable().optional(),
    postcode: profileFields.postcode.nullable().optional(),
    place: profileFields.place.nullable().optional(),
    motivation: profileFields.motivation.nullable().optional(),
    phase: profileFields.phase.optional(),
    status: profileFields.status.optional(),
    sectors: profileFields.sectors.nullable().optional(),
    functions: profileFields.functions.nullable().optional(),
    qualifications: profileFields.qualifications.nullable().optional(),
    subjects: profileFields.subjects.nullable().optional(),
    priorEducation: profileFields.priorEducation.nullable().optional(),
    notes: profileFields.notes.nullable().optional(),
    customFields: z
      .record(z.string().min(1).max(50), customFieldValueSchema.nullable())
      .optional()
      .describe('Merged by name into the candidate\'s custom fields; null removes a field'),
  })
  // Only when nothing else is wrong: a body of unknown fields is named by those, not as empty.
  .refine((patch) => Object.keys(patch).length > 0, { message: 'send at least one field to change', when: (payload) => payload.issues.length === 0 })
  .describe('Changes to a candidate: only sent fields change, lists are replaced, null clears');
export type ApiCandidatePatch = z.infer<typeof apiCandidatePatchSchema>;

/** ISO date-times with an offset, as `Date.prototype.toISOString` writes them. */
const isoDateTime = z.iso.datetime({ offset: true });

/** `POST /v2/candidates/{id}/interactions`: one contact moment. */
export const apiInteractionInputSchema = z
  .strictObject({
    type: z.enum(interactionKinds).describe('Kind of contact'),
    performedAt: z.union([isoDateSchema, isoDateTime]).describe('When the contact took place: YYYY-MM-DD or an ISO date-time'),
    summary: z.string().trim().min(1).max(500).optional().describe('One line about the contact'),
    notes: longTextSchema.nullable().optional(),
    durationMinutes: z.number().int().min(0).max(24 * 60).nullable().optional(),
  })
  .describe('A contact moment in the candidate\'s shared contact history');
export type ApiInteractionInput = z.infer<typeof apiInteractionInputSchema>;

/** What `GET /v2/candidates/{id}` and the list return: the profile, never internal fields. */
export const apiCandidateOutputSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    linkedin: z.string().nullable(),
    birthDate: isoDateSchema.nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    place: z.string().nullable(),
    motivation: z.string().nullable(),
    phase: z.enum(phases),
    status: z.enum(candidateStatuses),
    exitReason: z.enum(exitReasons).nullable(),
    sectors: z.array(z.enum(sectors)),
    functions: z.array(z.enum(jobFunctions)),
    qualifications: z.array(z.enum(qualifications)),
    subjects: z.array(z.enum(subjects)),
    priorEducation: z.enum(priorEducationLevels).nullable(),
    notes: z.string().nullable(),
    source: z.enum(candidateSources),
    customFields: z.record(z.string(), customFieldValueSchema),
    consent: z.strictObject({ privacy: z.boolean(), givenAt: isoDateTime.nullable() }),
    lastContactAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime.describe('Send it back in If-Match with a PATCH to refuse (412) changes made since'),
  })
  .describe('A candidate as the API shows it');
export type ApiCandidate = z.infer<typeof apiCandidateOutputSchema>;

export const apiInteractionOutputSchema = z
  .strictObject({
    id: z.string(),
    type: z.enum(interactionKinds),
    performedAt: isoDateTime,
    summary: z.string(),
    notes: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
  })
  .describe('A contact moment as the API shows it');
export type ApiInteraction = z.infer<typeof apiInteractionOutputSchema>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toApiCandidate(id: string, candidate: Candidate): ApiCandidate {
  // Matching wishes are not part of the v2 answer (its output schema is strict).
  const { matchPreferences: _matchPreferences, ...profile } = pickProfile(candidate);
  return {
    id,
    ...profile,
    phase: candidate.phase,
    status: candidate.status,
    exitReason: candidate.exitReason,
    notes: candidate.notes,
    source: candidate.source,
    customFields: candidate.customFields,
    consent: { privacy: candidate.consent.privacy, givenAt: iso(candidate.consent.givenAt) },
    lastContactAt: iso(candidate.lastContactAt),
    createdAt: candidate.createdAt.toISOString(),
    updatedAt: candidate.updatedAt.toISOString(),
  };
}

export function toApiInteraction(id: string, interaction: Interaction): ApiInteraction {
  return {
    id,
    type: interaction.kind,
    performedAt: interaction.performedAt.toISOString(),
    summary: interaction.summary,
    notes: interaction.notes,
    durationMinutes: interaction.durationMinutes,
  };
}

/** A date without a time is taken as midday UTC, as intake does, so it stays that day in NL. */
export function interactionDate(performedAt: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(performedAt) ? new Date(`${performedAt}T12:00:00Z`) : new Date(performedAt);
}

/** The summary a contact gets when the caller sends none (the dossier requires one). */
export const defaultApiInteractionSummary = 'Contact (API)';

/** Dutch postcodes are stored as `1234 AB`, however they were typed. */
export function normalizePostcode(postcode: string): string {
  return postcode.toUpperCase().replace(/^(\d{4})\s?/, '$1 ');
}

const unique = <T>(items: readonly T[] | undefined): T[] => [...new Set(items ?? [])];

/** An upsert body as the intake core takes it (the same shape v1's Dutch body becomes). */
export function fromApiCandidateInput(input: ApiCandidateInput): CandidateFromPilot {
  const phase: Phase | null = input.phase ?? null;
  const status: CandidateStatus | null = input.status ?? (phase ? 'active' : null);
  const phone = input.phone?.trim();
  return {
    profile: {
      name: input.name,
      email: input.email ? input.email.toLowerCase() : null,
      phone: phone ? phone : null,
      linkedin: input.linkedin ?? null,
      birthDate: input.birthDate ?? null,
      address: input.address || null,
      postcode: input.postcode ? normalizePostcode(input.postcode) : null,
      place: input.place || null,
      motivation: input.motivation || null,
      sectors: unique(input.sectors),
      functions: unique(input.functions),
      qualifications: unique(input.qualifications),
      subjects: unique(input.subjects),
      priorEducation: input.priorEducation ?? null,
    },
    phase,
    status,
    notes: input.notes || null,
    exitReasonText: null,
    customFields: input.customFields ?? {},
    interactions: [],
  };
}

/**
 * `customFieldProblems` for v2's record of custom fields: each problem names the field as
 * `customFields.<name>`. A null value (a PATCH removing the field) is fine unless the region
 * requires the field.
 */
export function customFieldRecordProblems(
  definitions: readonly CustomFieldDefinition[],
  sent: Readonly<Record<string, unknown>>,
  options: { creating: boolean },
): CustomFieldProblem[] {
  const entries = Object.entries(sent);
  const problems: CustomFieldProblem[] = [];
  const present = entries.filter(([, value]) => value !== null);
  for (const problem of customFieldProblems(definitions, present.map(([name, value]) => ({ field_name: name, field_value: value })), { ...options, path: 'customFields' })) {
    // `customFields.<index>.field_name|field_value` → `customFields.<name>`.
    const index = /^customFields\.(\d+)\./.exec(problem.field)?.[1];
    const name = index === undefined ? undefined : present[Number(index)]?.[0];
    problems.push(name === undefined ? problem : { ...problem, field: `customFields.${name}` });
  }
  for (const [name, value] of entries) {
    if (value !== null) continue;
    const definition = definitions.find((candidate) => candidate.name === name);
    if (!definition) problems.push({ field: `customFields.${name}`, code: 'unknown_custom_field', message: `"${name}" is not a field of this region (see /v2/schema)` });
    else if (definition.required) problems.push({ field: `customFields.${name}`, code: 'missing_custom_field', message: `${name} is required in this region and cannot be cleared` });
  }
  return problems;
}

/** Generated from the schemas above; one document with a definition for each body and answer. */
export function apiV2JsonSchema(): Record<string, unknown> {
  const definition = (schema: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' });
    return rest;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Koers API v2',
    description:
      'Bodies and answers of /api/v2. Answers come in an envelope { statusCode, message, data, meta }; errors carry problems naming each bad field. Codes (phase, sectors, …) are Koers codes.',
    $defs: {
      // The refinement "e-mail or phone" does not translate by itself; JSON Schema says it so.
      CandidateInput: { ...definition(apiCandidateInputSchema, 'input'), anyOf: [{ required: ['email'] }, { required: ['phone'] }] },
      CandidatePatch: definition(apiCandidatePatchSchema, 'input'),
      InteractionInput: definition(apiInteractionInputSchema, 'input'),
      Candidate: definition(apiCandidateOutputSchema, 'output'),
      Interaction: definition(apiInteractionOutputSchema, 'output'),
    },
  };
}
