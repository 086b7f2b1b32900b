import { startThreadInputSchema, startThreadResultSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { callable } from '../../../lib/callable';
import { messagingKeys } from './messaging-keys';

export { startThreadInputSchema };

/**
 * `startThread`: the function checks that the caller is staff of the region and that every
 * participant may take part, creates the thread (adding the candidate's account when
 * included) and sends the optional first message. Answers with the thread id.
 */
export const startThread = callable('startThread', startThreadInputSchema, startThreadResultSchema);

export function useStartThread() {
  // The live thread lists pick the new thread up; nothing to invalidate.
  return useMutation({ mutationKey: messagingKeys.start(), mutationFn: startThread });
}
