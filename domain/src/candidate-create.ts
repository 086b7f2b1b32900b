import { z } from 'zod';
import { candidateSchema, type Candidate } from './schemas/candidate.js';
import { emailSchema, isoDateSchema, longTextSchema, phoneSchema, postcodeSchema, shortTextSchema } from './schemas/common.js';
import { candidateSources, jobFunctions, sectors, subjects } from './vocabularies.js';

/** Optional text as a form holds it: an empty field means "not given" (null). */
const optional = <S extends z.ZodType<string, string>>(schema: S) =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .pipe(schema.nullable());

const personName = z.string().trim().min(1).max(100);

/**
 * What staff fill in to create a dossier by hand ("Nieuwe kandidaat"). Text fields take what
 * the form holds (empty = not given); privacy consent must be given before anything is stored.
 * `newCandidate` turns it into the dossier the rules accept.
 */
export const candidateCreateInputSchema = z.object({
  firstName: personName,
  lastName: personName,
  email: optional(emailSchema),
  phone: optional(phoneSchema.refine((phone) => phone.replace(/\D/g, '').length >= 6, 'too few digits')),
  postcode: optional(postcodeSchema),
  place: optional(shortTextSchema.max(200)),
  birthDate: optional(isoDateSchema.refine((date) => date >= '1900-01-01' && date <= new Date().toISOString().slice(0, 10), 'not a past date')),
  sectors: z.array(z.enum(sectors)),
  functions: z.array(z.enum(jobFunctions)),
  subjects: z.array(z.enum(subjects)),
  source: z.enum(candidateSources),
  ownerUid: z.string().min(1).max(128),
  privacyConsent: z.literal(true),
  retainAfterProcess: z.boolean(),
  shareWithOrganisations: z.boolean(),
  note: optional(longTextSchema),
});
export type CandidateCreateInput = z.output<typeof candidateCreateInputSchema>;
export type CandidateCreateForm = z.input<typeof candidateCreateInputSchema>;

/** "Anna" + "de  Vries" → "Anna de Vries". */
export function fullName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`.replace(/\s+/g, ' ').trim();
}

export interface NewCandidateContext {
  /** The staff member's region: the dossier's home region (and only region). */
  regionId: string;
  /** Who creates it: the stamps and the person who recorded the consent. */
  uid: string;
  now: Date;
}

/**
 * The new dossier: phase "interest", active, unshared and unlinked, stamped with its creator,
 * consent recorded as given now through an adviser. The web client replaces the times with
 * server timestamps, which the rules require to equal the request time.
 */
export function newCandidate(input: CandidateCreateInput, { regionId, uid, now }: NewCandidateContext): Candidate {
  return candidateSchema.parse({
    name: fullName(input.firstName, input.lastName),
    email: input.email,
    phone: input.phone,
    linkedin: null,
    birthDate: input.birthDate,
    address: null,
    postcode: input.postcode,
    place: input.place,
    motivation: null,
    sectors: input.sectors,
    functions: input.functions,
    qualifications: [],
    subjects: input.subjects,
    priorEducation: null,
    phase: 'interest',
    status: 'active',
    phaseSince: now,
    exitReason: null,
    ownerUid: input.ownerUid,
    homeRegionId: regionId,
    regionIds: [regionId],
    consent: {
      privacy: input.privacyConsent,
      retainAfterProcess: input.retainAfterProcess,
      givenAt: now,
      withdrawnAt: null,
      source: 'adviser',
      shareWithOrganisations: input.shareWithOrganisations,
    },
    source: input.source,
    tags: [],
    bottlenecks: [],
    customFields: {},
    notes: input.note,
    lastContactAt: null,
    authUid: null,
    introducedOrganisationIds: [],
    createdAt: now,
    createdBy: uid,
    updatedAt: now,
    updatedBy: uid,
  });
}
