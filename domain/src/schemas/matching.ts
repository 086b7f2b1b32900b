import { z } from 'zod';
import { jobFunctions, priorEducationLevels, qualifications, sectors, subjects } from '../vocabularies.js';
import { idSchema, shortTextSchema } from './common.js';

export const matchStatuses = [
  'proposed',
  'accepted',
  'conversation_requested',
  'declined',
  'interview_planned',
  'suitability_assessment',
  'contract',
  'enrolled',
  'started',
  'withdrawn',
] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** `regions/{r}/matches/{id}`: the adviser's record of a proposal. Staff only. */
export const matchSchema = z.object({
  candidateId: idSchema,
  candidateName: z.string().max(200),
  organisationId: idSchema,
  programmeId: idSchema.nullable(),
  vacancyId: idSchema.nullable(),
  status: z.enum(matchStatuses),
  reason: shortTextSchema.nullable(),
  score: z.number().min(0).max(100).nullable(),
  proposedBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Match = z.infer<typeof matchSchema>;

/**
 * `regions/{r}/organisations/{o}/introductions/{matchId}`: what the school or institute sees —
 * only the fields the candidate consented to share, never the dossier.
 */
export const introductionSchema = z.object({
  matchId: idSchema,
  status: z.enum(matchStatuses),
  programmeId: idSchema.nullable(),
  vacancyId: idSchema.nullable(),
  profile: z.object({
    firstName: z.string().max(100),
    place: z.string().max(200).nullable(),
    sectors: z.array(z.enum(sectors)),
    functions: z.array(z.enum(jobFunctions)),
    subjects: z.array(z.enum(subjects)),
    qualifications: z.array(z.enum(qualifications)),
    priorEducation: z.enum(priorEducationLevels).nullable(),
    motivation: z.string().max(2000).nullable(),
  }),
  adviserName: z.string().max(200),
  adviserEmail: z.string().max(254),
  response: shortTextSchema.nullable(),
  respondedAt: z.date().nullable(),
  respondedBy: z.string().nullable(),
  createdAt: z.date(),
});
export type Introduction = z.infer<typeof introductionSchema>;

/** `candidates/{c}/suggestions/current`: scored suggestions, written only by functions. */
export const suggestionSchema = z.object({
  targetKind: z.enum(['vacancy', 'school', 'programme']),
  targetId: idSchema,
  score: z.number().min(0).max(100),
  reasons: z.array(z.string().max(300)),
});
export type Suggestion = z.infer<typeof suggestionSchema>;
