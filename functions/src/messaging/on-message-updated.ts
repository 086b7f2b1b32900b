import { onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { refreshLastMessage } from './deliver.js';

/** An edited or deleted message: the thread list's preview follows when it was the last message. */
export const onMessageUpdated = onDocumentUpdated({ document: 'threads/{threadId}/messages/{messageId}', retry: true }, async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  // Stamping deliveredAt also updates the message; only text and deletion matter here.
  if (!before || !after || (before.text === after.text && before.deleted === after.deleted)) return;
  const { threadId, messageId } = event.params;
  await refreshLastMessage(services().db, threadId, messageId);
});
