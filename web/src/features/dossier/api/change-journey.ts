import type { CandidateStatus, ExitReason, Phase } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { collection, doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import { db } from '../../../lib/firebase';
import type { ContactAuthor } from './log-contact';
import { dossierKeys } from './dossier-keys';

export interface JourneyChange {
  phase: Phase;
  status: CandidateStatus;
  /** Required when the status is `exited`, otherwise cleared. */
  exitReason: ExitReason | null;
  /** Optional: kept in the contact history as an interaction of kind `other`. */
  note: string;
}

/**
 * Moves a candidate: a field-level update of phase, status, exitReason and phaseSince (the
 * onCandidateWritten trigger records who moved it from what to what in the audit trail,
 * which the timeline shows). A note becomes a timeline entry of kind `other`; it is not a
 * contact, so lastContactAt stays as it is.
 */
export async function changeJourney(candidateId: string, change: JourneyChange, author: ContactAuthor): Promise<void> {
  const batch = writeBatch(db);
  batch.update(doc(db, 'candidates', candidateId), {
    phase: change.phase,
    status: change.status,
    exitReason: change.status === 'exited' ? change.exitReason : null,
    phaseSince: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: author.uid,
  });
  const note = change.note.trim();
  if (note) {
    batch.set(doc(collection(db, 'candidates', candidateId, 'interactions')), {
      kind: 'other',
      summary: note.slice(0, 500),
      notes: null,
      performedAt: serverTimestamp(),
      durationMinutes: null,
      regionId: author.regionId,
      organisationId: null,
      authorUid: author.uid,
      authorName: author.name.slice(0, 200),
      createdAt: serverTimestamp(),
    });
  }
  await batch.commit();
}

export function useChangeJourney(candidateId: string) {
  return useMutation({
    mutationKey: dossierKeys.changeJourney(candidateId),
    mutationFn: ({ change, author }: { change: JourneyChange; author: ContactAuthor }) => changeJourney(candidateId, change, author),
  });
}
