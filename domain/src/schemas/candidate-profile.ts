// The candidate's profile and consent, apart from the dossier's other schemas: self-service (the
// candidate's app) needs only these, and a module's zod schemas are all built when it loads
// (bundlers keep them: zod calls are not provably pure), which a phone feels.
import { z } from 'zod';
import { jobFunctions, priorEducationLevels, qualifications, sectors, subjects } from '../vocabularies.js';
import { emailSchema, isoDateSchema, longTextSchema, nameSchema, phoneSchema, postcodeSchema, regionIdSchema, shortTextSchema, urlSchema } from './common.js';
import { matchPreferencesSchema } from './match-basics.js';

export const consentSources = ['intake_form', 'api', 'adviser', 'self_service', 'import'] as const;

/** Consent as recorded at intake and changed by the candidate; every change is audited. */
export const consentSchema = z.object({
  privacy: z.boolean(),
  /** Keep data up to a year after the process ends (otherwise 4 weeks). */
  retainAfterProcess: z.boolean(),
  givenAt: z.date().nullable(),
  withdrawnAt: z.date().nullable(),
  source: z.enum(consentSources),
  /** Which fields an introduction to a school or institute may show. */
  shareWithOrganisations: z.boolean(),
  /** The privacy text shown with the consent box when it was given (website form), as agreed to. */
  statement: longTextSchema.nullable().optional(),
  /**
   * Server-owned: the candidate's decision per region (self-service), with its time. A region
   * withdrawn here has left `regionIds` and is listed in `withdrawnRegionIds` too, so the rules
   * keep staff from sharing the dossier with it again.
   */
  regions: z.record(regionIdSchema, z.object({ given: z.boolean(), at: z.date() })).optional(),
  /** Server-owned: regions the candidate withdrew consent for (see `regions`). */
  withdrawnRegionIds: z.array(regionIdSchema).optional(),
});
export type Consent = z.infer<typeof consentSchema>;

/**
 * The profile: what a candidate is, wants and can. Shared by intake, the dossier form,
 * self-service and the API so every entry point validates alike.
 */
export const candidateProfileSchema = z.object({
  name: nameSchema,
  email: emailSchema.nullable(),
  phone: phoneSchema.nullable(),
  linkedin: urlSchema.nullable(),
  birthDate: isoDateSchema.nullable(),
  address: shortTextSchema.nullable(),
  postcode: postcodeSchema.nullable(),
  place: shortTextSchema.nullable(),
  motivation: longTextSchema.nullable(),
  sectors: z.array(z.enum(sectors)),
  functions: z.array(z.enum(jobFunctions)),
  qualifications: z.array(z.enum(qualifications)),
  subjects: z.array(z.enum(subjects)),
  priorEducation: z.enum(priorEducationLevels).nullable(),
  /** Hours, start and travel wishes for matching; absent on dossiers from before matching. */
  matchPreferences: matchPreferencesSchema.nullable().optional(),
});
export type CandidateProfile = z.infer<typeof candidateProfileSchema>;

const candidateProfileFields = candidateProfileSchema.keyof().options;

/**
 * Just the profile of a dossier, field by field as the schema lists them, so views and API
 * answers built from a dossier copy the same fields. A field the dossier lacks stays absent.
 */
export function pickProfile(candidate: CandidateProfile): CandidateProfile {
  return Object.fromEntries(candidateProfileFields.filter((field) => candidate[field] !== undefined).map((field) => [field, candidate[field]])) as CandidateProfile;
}

/**
 * Profile fields a candidate may correct about themselves in self-service (through the
 * updateMyProfile function; the candidate never writes the dossier directly).
 */
export const candidateSelfEditableFields = [
  'phone',
  'linkedin',
  'address',
  'postcode',
  'place',
  'motivation',
  'sectors',
  'functions',
  'qualifications',
  'subjects',
  'priorEducation',
  'matchPreferences',
] as const;
export type CandidateSelfEditableField = (typeof candidateSelfEditableFields)[number];
