import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';

/** Resets my unread count and stamps my readAt (exactly what the rules let a participant change). */
export async function markThreadRead(threadId: string, uid: string): Promise<void> {
  await updateDoc(doc(db, 'threads', threadId), { [`unread.${uid}`]: 0, [`readAt.${uid}`]: serverTimestamp() });
}
