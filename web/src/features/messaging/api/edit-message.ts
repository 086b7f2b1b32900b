import { messageTextSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { messagingKeys } from './messaging-keys';

export const editMessageInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('edit'), threadId: z.string().min(1), messageId: z.string().min(1), text: messageTextSchema }),
  z.object({ action: z.literal('delete'), threadId: z.string().min(1), messageId: z.string().min(1) }),
]);
export type EditMessageInput = z.input<typeof editMessageInputSchema>;

/**
 * Edits or deletes my message. The rules allow it only within messageEditWindowMinutes; a
 * deleted message keeps its place with an empty text (a trace, not a hole).
 */
export async function editMessage(input: EditMessageInput): Promise<void> {
  const parsed = editMessageInputSchema.parse(input);
  const ref = doc(db, 'threads', parsed.threadId, 'messages', parsed.messageId);
  if (parsed.action === 'edit') await updateDoc(ref, { text: parsed.text, editedAt: serverTimestamp() });
  else await updateDoc(ref, { text: '', deleted: true, editedAt: serverTimestamp() });
}

export function useEditMessage(threadId: string) {
  return useMutation({ mutationKey: messagingKeys.edit(threadId), mutationFn: editMessage });
}
