import { addThreadParticipantsInputSchema, addThreadParticipantsResultSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { callable } from '../../../lib/callable';
import { messagingKeys } from './messaging-keys';

export { addThreadParticipantsInputSchema };

/**
 * `addThreadParticipants`: adds people with the history choice (the whole conversation or
 * only what follows) and writes the system message that shows the choice in the thread.
 */
export const addThreadParticipants = callable('addThreadParticipants', addThreadParticipantsInputSchema, addThreadParticipantsResultSchema);

export function useAddThreadParticipants(threadId: string) {
  return useMutation({ mutationKey: messagingKeys.addParticipants(threadId), mutationFn: addThreadParticipants });
}
