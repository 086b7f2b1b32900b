import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { services } from '../setup.js';
import { deliverDevMail, devDeliveryEnabled } from './dev-delivery.js';

/**
 * The dev mailbox's delivery of `mail/{id}` (see dev-delivery.ts). Does nothing where the Trigger
 * Email extension delivers (production). Runs on every write, including its own: the state in
 * the document decides, so extra runs change nothing.
 */
export const deliverMail = onDocumentWritten({ document: 'mail/{mailId}', retry: true }, async (event) => {
  if (!devDeliveryEnabled() || !event.data?.after.exists) return;
  await deliverDevMail(services().db, event.params.mailId, services().now);
});
