import { z } from 'zod';
import { phases } from '../journey.js';
import { jobFunctions, priorEducationLevels, qualifications, sectors, subjects } from '../vocabularies.js';
import { idSchema, regionIdSchema, shortTextSchema } from './common.js';
import { matchStatuses, matchTargetKinds, suggestionTargetKinds } from './match-basics.js';

export * from './match-basics.js';

/** The introduction profile: the only candidate data a school or institute ever sees. */
export const introductionProfileSchema = z.object({
  firstName: z.string().max(100),
  place: z.string().max(200).nullable(),
  sectors: z.array(z.enum(sectors)),
  functions: z.array(z.enum(jobFunctions)),
  subjects: z.array(z.enum(subjects)),
  qualifications: z.array(z.enum(qualifications)),
  priorEducation: z.enum(priorEducationLevels).nullable(),
  motivation: z.string().max(2000).nullable(),
});
export type IntroductionProfile = z.infer<typeof introductionProfileSchema>;

/** One step of a match, kept on the match (the dossier's audit trail has the same steps). */
export const matchStepSchema = z.object({
  status: z.enum(matchStatuses),
  at: z.date(),
  by: z.string(),
  note: shortTextSchema.nullable(),
});
export type MatchStep = z.infer<typeof matchStepSchema>;

/**
 * `regions/{r}/matches/{id}`: a proposal of one candidate to one school (optionally for a
 * vacancy) or one training programme. Staff only; written by functions only.
 */
export const matchSchema = z.object({
  candidateId: idSchema,
  candidateName: z.string().max(200),
  targetKind: z.enum(matchTargetKinds),
  organisationId: idSchema,
  organisationName: z.string().max(200),
  vacancyId: idSchema.nullable(),
  vacancyTitle: z.string().max(200).nullable(),
  programmeId: idSchema.nullable(),
  programmeName: z.string().max(200).nullable(),
  status: z.enum(matchStatuses),
  /** The adviser's note to the organisation. */
  note: shortTextSchema.nullable(),
  /** The organisation's last answer (a decline's reason, a question). */
  response: shortTextSchema.nullable(),
  /** When the conversation or interview is planned. */
  plannedAt: z.date().nullable(),
  score: z.number().min(0).max(100).nullable(),
  reasons: z.array(z.string().max(300)),
  proposedBy: z.string(),
  proposedByName: z.string().max(200),
  steps: z.array(matchStepSchema),
  createdAt: z.date(),
  updatedAt: z.date(),
  updatedBy: z.string(),
});
export type Match = z.infer<typeof matchSchema>;

/**
 * `regions/{r}/organisations/{o}/introductions/{matchId}`: what the school or institute sees —
 * the introduction profile, never the dossier. Members of o update only status, response,
 * plannedAt and their own stamps (rules); a function carries each change to the match.
 */
export const introductionSchema = z.object({
  matchId: idSchema,
  targetKind: z.enum(matchTargetKinds),
  status: z.enum(matchStatuses),
  vacancyId: idSchema.nullable(),
  vacancyTitle: z.string().max(200).nullable(),
  programmeId: idSchema.nullable(),
  programmeName: z.string().max(200).nullable(),
  profile: introductionProfileSchema,
  note: shortTextSchema.nullable(),
  adviserName: z.string().max(200),
  adviserEmail: z.string().max(254),
  response: shortTextSchema.nullable(),
  plannedAt: z.date().nullable(),
  respondedAt: z.date().nullable(),
  respondedBy: z.string().nullable(),
  createdAt: z.date(),
});
export type Introduction = z.infer<typeof introductionSchema>;

/** One scored suggestion, with its reasons in plain Dutch. */
export const suggestionSchema = z.object({
  targetKind: z.enum(suggestionTargetKinds),
  targetId: idSchema,
  regionId: regionIdSchema,
  /** The school or institute (for a school suggestion: the school itself). */
  organisationId: idSchema,
  organisationName: z.string().max(200),
  /** Vacancy title, programme name, or the school's name. */
  title: z.string().max(200),
  place: z.string().max(200).nullable(),
  distanceKm: z.number().min(0).nullable(),
  score: z.number().min(0).max(100),
  reasons: z.array(z.string().max(300)),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** `candidates/{c}/suggestions/current`: the candidate's best suggestions, written only by functions. */
export const suggestionSetSchema = z.object({
  items: z.array(suggestionSchema).max(50),
  computedAt: z.date(),
});
export type SuggestionSet = z.infer<typeof suggestionSetSchema>;

/** A candidate suggested for a vacancy or programme (the reverse direction). */
export const candidateSuggestionSchema = z.object({
  candidateId: idSchema,
  name: z.string().max(200),
  phase: z.enum(phases),
  place: z.string().max(200).nullable(),
  distanceKm: z.number().min(0).nullable(),
  score: z.number().min(0).max(100),
  reasons: z.array(z.string().max(300)),
});
export type CandidateSuggestion = z.infer<typeof candidateSuggestionSchema>;

// ---------------------------------------------------------------- callables

/** `suggestMatches`: the best targets for a candidate, or the best candidates for a vacancy or programme. */
export const suggestMatchesInputSchema = z.union([
  z.object({ candidateId: idSchema, limit: z.number().int().min(1).max(50).optional() }).strict(),
  z
    .object({
      regionId: regionIdSchema,
      targetKind: z.enum(['vacancy', 'programme']),
      targetId: idSchema,
      limit: z.number().int().min(1).max(50).optional(),
    })
    .strict(),
]);
export type SuggestMatchesInput = z.infer<typeof suggestMatchesInputSchema>;

export const suggestMatchesResultSchema = z.union([
  z.object({ direction: z.literal('targets'), candidateId: idSchema, suggestions: z.array(suggestionSchema) }),
  z.object({ direction: z.literal('candidates'), targetKind: z.enum(['vacancy', 'programme']), targetId: idSchema, candidates: z.array(candidateSuggestionSchema) }),
]);
export type SuggestMatchesResult = z.infer<typeof suggestMatchesResultSchema>;

/** `proposeMatch`: introduce a candidate to a school (optionally for a vacancy) and/or a programme. */
export const proposeMatchInputSchema = z
  .object({
    regionId: regionIdSchema,
    candidateId: idSchema,
    /** The school; required with a vacancy (the vacancy's school). */
    schoolId: idSchema.nullable().optional(),
    vacancyId: idSchema.nullable().optional(),
    programmeId: idSchema.nullable().optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .refine((input) => Boolean(input.schoolId || input.vacancyId || input.programmeId), {
    message: 'Choose a school, a vacancy or a training programme.',
    path: ['schoolId'],
  });
export type ProposeMatchInput = z.infer<typeof proposeMatchInputSchema>;

export const proposeMatchResultSchema = z.object({ matchIds: z.array(idSchema).min(1) });
export type ProposeMatchResult = z.infer<typeof proposeMatchResultSchema>;

/**
 * `updateMatchStatus`: the adviser records a step (an outcome, or withdraws). `expectedStatus`
 * is the status the adviser saw: refused when someone else changed it meanwhile.
 */
export const updateMatchStatusInputSchema = z
  .object({
    regionId: regionIdSchema,
    matchId: idSchema,
    status: z.enum(matchStatuses).exclude(['proposed']),
    expectedStatus: z.enum(matchStatuses),
    note: z.string().trim().max(500).nullable().optional(),
    /** ISO date-time of a planned conversation or interview. */
    plannedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
export type UpdateMatchStatusInput = z.infer<typeof updateMatchStatusInputSchema>;
