import { deleteDoc, doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '../../../lib/firebase';

/** Writes (or refreshes) the caller's own `candidates/{c}/presence/{uid}` entry. */
export async function announcePresence(candidateId: string, uid: string, displayName: string): Promise<void> {
  await setDoc(doc(db, 'candidates', candidateId, 'presence', uid), { displayName: displayName.slice(0, 200), at: serverTimestamp() });
}

/** Removes the caller's own presence entry (best effort: a stale one ages out of the window). */
export async function withdrawPresence(candidateId: string, uid: string): Promise<void> {
  await deleteDoc(doc(db, 'candidates', candidateId, 'presence', uid));
}
