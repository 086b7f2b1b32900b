import { messageTextSchema } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { messagingKeys } from './messaging-keys';

export const sendMessageInputSchema = z.object({
  threadId: z.string().min(1),
  authorUid: z.string().min(1),
  /** The name the thread knows me by (the rules compare it). */
  authorName: z.string(),
  text: messageTextSchema,
  mentions: z.array(z.string()).max(50),
});
export type SendMessageInput = z.input<typeof sendMessageInputSchema>;

/**
 * Writes a text message directly (fast delivery); the onMessageCreated trigger counts it,
 * stamps deliveredAt and notifies the others.
 */
export async function sendMessage(input: SendMessageInput): Promise<string> {
  const { threadId, authorUid, authorName, text, mentions } = sendMessageInputSchema.parse(input);
  const ref = await addDoc(collection(db, 'threads', threadId, 'messages'), {
    kind: 'text',
    authorUid,
    authorName,
    text,
    mentions,
    createdAt: serverTimestamp(),
    editedAt: null,
    deleted: false,
    deliveredAt: null,
    event: null,
  });
  return ref.id;
}

export function useSendMessage(threadId: string) {
  // The live message list shows the new message (optimistically, from the local write).
  return useMutation({ mutationKey: messagingKeys.send(threadId), mutationFn: sendMessage });
}
