import { mergeCandidatesInputSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { callable } from '../../../lib/callable';
import { mergeKeys } from './merge-keys';

export { mergeCandidatesInputSchema };

/** What `mergeCandidates` answers (functions/src/candidates/merge.ts `MergeResult`). */
export const mergeResultSchema = z.object({
  keepId: z.string(),
  changedFields: z.array(z.string()),
  copied: z.number().int().min(0),
  repointed: z.number().int().min(0),
});
export type MergeResult = z.infer<typeof mergeResultSchema>;

/**
 * Folds the duplicate (`mergeId`) into the dossier that stays (`keepId`): its contacts and
 * audit trail are copied, tasks and matches re-pointed, gaps filled, then it is removed.
 */
export const mergeCandidates = callable('mergeCandidates', mergeCandidatesInputSchema, mergeResultSchema);

export function useMergeCandidates() {
  return useMutation({ mutationKey: mergeKeys.merge(), mutationFn: mergeCandidates });
}
