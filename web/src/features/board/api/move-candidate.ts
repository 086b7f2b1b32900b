import { boardColumns, exitReasons, interactionSchema, phases, type BoardColumn, type Phase } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { collection, doc, serverTimestamp, writeBatch } from 'firebase/firestore';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { boardKeys } from './board-keys';

/** What a move asks for: the target column, why a candidate left (for `exited`), and an optional note. */
export const moveCandidateInputSchema = z
  .object({
    column: z.enum(boardColumns),
    exitReason: z.enum(exitReasons).or(z.literal('')),
    note: interactionSchema.shape.summary.or(z.literal('')),
  })
  .superRefine((value, context) => {
    if (value.column === 'exited' && !value.exitReason) {
      context.addIssue({ code: 'custom', path: ['exitReason'], message: 'exit reason required' });
    }
  });
export type MoveCandidateInput = z.output<typeof moveCandidateInputSchema>;

export interface MoveCandidateVariables extends MoveCandidateInput {
  candidateId: string;
  /** The candidate's current phase: an outcome keeps it. */
  phase: Phase;
  regionId: string;
  uid: string;
  authorName: string;
}

function isPhase(column: BoardColumn): column is Phase {
  return (phases as readonly string[]).includes(column);
}

/**
 * Moves a candidate to a board column: a field-level update of the dossier (the
 * onCandidateWritten trigger records who and when, and updates index and aggregates),
 * plus the note, if any, as an interaction in the shared contact history, in one batch.
 */
export async function moveCandidate(variables: MoveCandidateVariables): Promise<void> {
  const { candidateId, column, exitReason, note, regionId, uid, authorName } = variables;
  const batch = writeBatch(db);
  const active = isPhase(column);
  batch.update(doc(db, 'candidates', candidateId), {
    phase: active ? column : variables.phase,
    status: active ? 'active' : column,
    exitReason: column === 'exited' ? exitReason : null,
    phaseSince: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  const summary = note.trim();
  if (summary) {
    batch.set(doc(collection(db, 'candidates', candidateId, 'interactions')), {
      kind: 'other',
      summary,
      notes: null,
      performedAt: serverTimestamp(),
      durationMinutes: null,
      regionId,
      organisationId: null,
      authorUid: uid,
      authorName,
      createdAt: serverTimestamp(),
    });
  }
  await batch.commit();
}

export function useMoveCandidate() {
  return useMutation({ mutationKey: boardKeys.move(), mutationFn: moveCandidate });
}
