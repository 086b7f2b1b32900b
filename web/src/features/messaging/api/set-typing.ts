import { deleteDoc, doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';

/** Writes my typing entry with the server time (the rules check both name and time). */
export async function writeTyping(threadId: string, uid: string, name: string): Promise<void> {
  await setDoc(doc(db, 'threads', threadId, 'typing', uid), { name, at: serverTimestamp() });
}

export async function clearTyping(threadId: string, uid: string): Promise<void> {
  await deleteDoc(doc(db, 'threads', threadId, 'typing', uid));
}
