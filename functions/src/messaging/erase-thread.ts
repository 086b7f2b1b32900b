// Erasing one thread whole: the thread, its messages and typing entries, and its participants'
// in-app notifications that lead to it (their titles quote the thread's). Shared by the erasure
// of a candidate (every thread about them) and the withdrawal of consent for a region (that
// region's threads about them), so both take exactly the same. Idempotent: a retry reads the
// thread again and finds only what is left.
import type { DocumentSnapshot, Firestore } from 'firebase-admin/firestore';

/** The links a notification of the thread carries: the staff app's and Mijn Koers'. */
function threadLinks(threadId: string): string[] {
  return [`/berichten/${threadId}`, `/mijn/berichten/${threadId}`];
}

/** Notifications first: the thread names who to look at. */
export async function eraseThread(db: Firestore, thread: DocumentSnapshot): Promise<void> {
  const participantUids: unknown = thread.get('participantUids');
  const uids = Array.isArray(participantUids) ? participantUids.filter((uid): uid is string => typeof uid === 'string' && uid.length > 0) : [];
  const links = threadLinks(thread.id);
  const notifications = await Promise.all(uids.map(async (uid) => (await db.collection('users').doc(uid).collection('notifications').where('link', 'in', links).get()).docs.map((doc) => doc.ref)));
  const writer = db.bulkWriter();
  for (const ref of notifications.flat()) void writer.delete(ref);
  await writer.close();
  await db.recursiveDelete(thread.ref);
}
