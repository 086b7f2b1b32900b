// What a candidate sends the region: privacy requests and feedback (apart from the dossier's
// schemas, for the same reason as candidate-profile.ts).
import { z } from 'zod';
import { idSchema, shortTextSchema } from './common.js';

export const privacyRequestKinds = ['deletion', 'export', 'correction'] as const;
export const privacyRequestStatuses = ['open', 'done', 'rejected'] as const;

/** `regions/{r}/privacyRequests/{id}`: a candidate's request, and how it was handled. */
export const privacyRequestSchema = z.object({
  candidateId: idSchema,
  kind: z.enum(privacyRequestKinds),
  status: z.enum(privacyRequestStatuses),
  requestedAt: z.date(),
  handledAt: z.date().nullable(),
  handledBy: z.string().nullable(),
  note: shortTextSchema.nullable(),
  /**
   * When the erasure function removed the dossier everywhere (a deletion request handled as
   * done). Set by that function only; the request itself stays, with ids only, as the record.
   */
  erasedAt: z.date().optional(),
});
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;

/** `regions/{r}/feedback/{id}`: a one-question rating after a conversation or activity. */
export const feedbackSchema = z.object({
  candidateId: idSchema,
  subject: z.enum(['conversation', 'activity']),
  subjectId: idSchema.nullable(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).nullable(),
  createdAt: z.date(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
