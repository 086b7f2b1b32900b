// `GET /api/dev/mail`: what the dev delivery "sent", for the dev mailbox page. Only on the
// emulator; elsewhere the path does not exist (mail holds addresses and must stay server-side).
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { errorResponse, type Route } from '../api/router.js';
import { fromFirestoreData } from '../lib/firestore.js';
import { services } from '../setup.js';

export const devMailboxLimit = 100;

export interface DevMailboxEntry {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  state: string;
  error: string | null;
  createdAt: string | null;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** One mail as the mailbox shows it: the resolved addresses once delivered, else the recipients as queued. */
export function mailboxEntry(snapshot: DocumentSnapshot): DevMailboxEntry {
  const data = fromFirestoreData(snapshot.data() ?? {}) as Record<string, unknown>;
  const message = (data.message ?? {}) as Record<string, unknown>;
  const delivery = (data.delivery ?? {}) as Record<string, unknown>;
  const info = (delivery.info ?? {}) as Record<string, unknown>;
  const meta = (data.meta ?? {}) as Record<string, unknown>;
  const accepted = asStrings(info.accepted);
  const createdAt = meta.createdAt instanceof Date ? meta.createdAt : (snapshot.createTime?.toDate() ?? null);
  return {
    id: snapshot.id,
    to: accepted.length > 0 ? accepted : [...asStrings(data.to), ...asStrings(data.toUids)],
    subject: typeof message.subject === 'string' ? message.subject : '',
    text: typeof message.text === 'string' ? message.text : '',
    html: typeof message.html === 'string' ? message.html : null,
    state: typeof delivery.state === 'string' ? delivery.state : 'PENDING',
    error: typeof delivery.error === 'string' ? delivery.error : null,
    createdAt: createdAt ? createdAt.toISOString() : null,
  };
}

export const devMailboxRoute: Route = {
  method: 'GET',
  path: '/dev/mail',
  handler: async () => {
    if (process.env.FUNCTIONS_EMULATOR !== 'true') return errorResponse(404, 'Not found');
    // Sorted in memory: not every mail has meta.createdAt, and the dev outbox stays small.
    const snapshot = await services().db.collection('mail').get();
    const mails = snapshot.docs
      .map(mailboxEntry)
      .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || a.id.localeCompare(b.id))
      .slice(0, devMailboxLimit);
    return { status: 200, body: { mails }, headers: { 'Cache-Control': 'no-store' } };
  },
};
