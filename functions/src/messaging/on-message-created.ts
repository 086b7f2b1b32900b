import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { deliverMessage } from './deliver.js';

/** A new message: the others' unread counts, the thread's last message, notifications, the timeline. Retried; idempotent via deliveredAt. */
export const onMessageCreated = onDocumentCreated({ document: 'threads/{threadId}/messages/{messageId}', retry: true }, async (event) => {
  const { threadId, messageId } = event.params;
  await deliverMessage(services().db, threadId, messageId, services().now());
});
