import { z } from 'zod';
import { candidateProfileSchema, type Candidate } from './schemas/candidate.js';
import { idSchema } from './schemas/common.js';

export const mergeCandidatesInputSchema = z
  .object({
    /** The dossier that stays. */
    keepId: idSchema,
    /** The duplicate that is folded into it and then removed. */
    mergeId: idSchema,
  })
  .refine((input) => input.keepId !== input.mergeId, { message: 'a dossier cannot be merged with itself', path: ['mergeId'] });
export type MergeCandidatesInput = z.infer<typeof mergeCandidatesInputSchema>;

const profileFields = Object.keys(candidateProfileSchema.shape) as Array<keyof typeof candidateProfileSchema.shape>;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * The fields of `keep` that change when `duplicate` is merged into it: the kept dossier's values
 * win; what it lacks comes from the duplicate; lists are joined; notes are kept both.
 */
export function mergedFields(keep: Candidate, duplicate: Candidate): Partial<Candidate> {
  const changes: Record<string, unknown> = {};
  for (const field of profileFields) {
    const kept = keep[field];
    const other = duplicate[field];
    if (Array.isArray(kept) && Array.isArray(other)) {
      const joined = union<string>(kept, other);
      if (joined.length !== kept.length) changes[field] = joined;
    } else if (isEmpty(kept) && !isEmpty(other)) {
      changes[field] = other;
    }
  }
  const lists = ['tags', 'bottlenecks', 'regionIds', 'introducedOrganisationIds'] as const;
  for (const field of lists) {
    const joined = union<string>(keep[field], duplicate[field]);
    if (joined.length !== keep[field].length) changes[field] = joined;
  }
  const customFields = { ...duplicate.customFields, ...keep.customFields };
  if (Object.keys(customFields).length !== Object.keys(keep.customFields).length) changes.customFields = customFields;
  if (duplicate.notes && duplicate.notes !== keep.notes) changes.notes = keep.notes ? `${keep.notes}\n\n${duplicate.notes}` : duplicate.notes;
  const lastContactAt = later(keep.lastContactAt, duplicate.lastContactAt);
  if (lastContactAt !== keep.lastContactAt) changes.lastContactAt = lastContactAt;
  if (!keep.ownerUid && duplicate.ownerUid) changes.ownerUid = duplicate.ownerUid;
  if (!keep.authUid && duplicate.authUid) changes.authUid = duplicate.authUid;
  return changes as Partial<Candidate>;
}
