import { updateMyProfileInputSchema, updateMyProfileResultSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { mijnKeys } from '../../../api/keys';
import { callable } from '../../../lib/callable';
import { queryClient } from '../../../lib/query-client';

/**
 * `updateMyProfile({ changes, base })`: the changed fields and the values the form started
 * from. A field someone changed meanwhile fails the call with `aborted` (details.fields).
 */
export const updateMyProfile = callable('updateMyProfile', updateMyProfileInputSchema, updateMyProfileResultSchema);

export function useUpdateMyProfile(candidateId: string) {
  // The function brings the view up to date before it answers.
  return useMutation({ mutationFn: updateMyProfile, onSuccess: () => queryClient.invalidateQueries({ queryKey: mijnKeys.view(candidateId) }) });
}
