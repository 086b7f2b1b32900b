import { feedbackId } from '@koers/domain';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore/lite';
import { db } from '../../../lib/firebase';
import { queryClient } from '../../../lib/query-client';
import { feedbackKeys } from './feedback-keys';

export interface GiveFeedbackInput {
  regionId: string;
  candidateId: string;
  subject: 'conversation' | 'activity';
  subjectId: string;
  rating: number;
  comment: string | null;
}

/** My one rating of a conversation or activity (its id says which, so it is given once). */
export async function giveFeedback(input: GiveFeedbackInput): Promise<void> {
  await setDoc(doc(db, 'regions', input.regionId, 'feedback', feedbackId(input.candidateId, input.subjectId)), {
    candidateId: input.candidateId,
    subject: input.subject,
    subjectId: input.subjectId,
    rating: input.rating,
    comment: input.comment,
    createdAt: serverTimestamp(),
  });
}

/**
 * The form's send: a plain function rather than useMutation (its chunk loads with the start
 * page, which is on the first-load budget). Afterwards the prompts read what was rated again.
 */
export async function sendFeedback(input: GiveFeedbackInput): Promise<void> {
  await giveFeedback(input);
  await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
}
