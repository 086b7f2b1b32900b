import { closedMatchStatuses, matchStatuses, organisationMatchStatuses, type MatchStatus } from '@koers/domain';
import { useMutation } from '@tanstack/react-query';
import { doc, runTransaction, serverTimestamp, type UpdateData, type DocumentData } from 'firebase/firestore';
import { z } from 'zod';
import { db } from '../../../lib/firebase';
import { DocumentGoneError } from '../../../lib/guarded-update';
import { organisationKeys } from './organisation-keys';

/** Every status a school or an institute may set (the rules narrow it by the introduction's kind). */
const answerStatuses = [...new Set([...organisationMatchStatuses.school, ...organisationMatchStatuses.training_institute])] as [
  MatchStatus,
  ...MatchStatus[],
];

/**
 * An answer of the school or institute to an introduction. `expectedStatus` is the status the
 * person saw: the answer is refused when someone changed it meanwhile. A decline gives a
 * reason; a planned conversation a time.
 */
export const respondToIntroductionInputSchema = z
  .object({
    regionId: z.string().min(1),
    organisationId: z.string().min(1),
    introductionId: z.string().min(1),
    uid: z.string().min(1),
    expectedStatus: z.enum(matchStatuses),
    status: z.enum(answerStatuses),
    response: z.string().trim().max(500).nullable(),
    /** Only with interview_planned; other answers leave a planned time as it is. */
    plannedAt: z.date().nullable().optional(),
  })
  .refine((input) => input.status !== 'declined' || Boolean(input.response), { path: ['response'], message: 'reason' })
  .refine((input) => input.status !== 'interview_planned' || input.plannedAt instanceof Date, { path: ['plannedAt'], message: 'planned' });
export type RespondToIntroductionInput = z.input<typeof respondToIntroductionInputSchema>;

/** Someone else answered or the region changed the introduction since the person looked at it. */
export class IntroductionChangedError extends Error {
  override name = 'IntroductionChangedError';
  readonly code = 'failed-precondition';
  constructor(readonly currentStatus: MatchStatus) {
    super(`the introduction is now ${currentStatus}`);
  }
}

export function isClosedStatus(status: MatchStatus): boolean {
  return (closedMatchStatuses as readonly MatchStatus[]).includes(status);
}

/**
 * `regions/{r}/organisations/{o}/introductions/{id}`: records the answer in a transaction that
 * first reads the introduction, so an answer never overwrites a step the person hasn't seen.
 * The rules check the rest (fields, stamps, statuses for the kind of organisation); a function
 * carries the step to the match.
 */
export async function respondToIntroduction(input: RespondToIntroductionInput): Promise<void> {
  const { regionId, organisationId, introductionId, uid, expectedStatus, status, response, plannedAt } =
    respondToIntroductionInputSchema.parse(input);
  const ref = doc(db, 'regions', regionId, 'organisations', organisationId, 'introductions', introductionId);
  await runTransaction(db, async (transaction) => {
    const snapshot = await transaction.get(ref);
    if (!snapshot.exists()) throw new DocumentGoneError(ref.path);
    const current = snapshot.get('status') as MatchStatus;
    if (current !== expectedStatus) throw new IntroductionChangedError(current);
    const changes: UpdateData<DocumentData> = {
      status,
      response: response || null,
      respondedAt: serverTimestamp(),
      respondedBy: uid,
    };
    if (plannedAt !== undefined) changes.plannedAt = plannedAt;
    transaction.update(ref, changes);
  });
}

/** The list is live: the listener brings the new status, so nothing to invalidate. */
export function useRespondToIntroduction() {
  return useMutation({ mutationKey: organisationKeys.respond(), mutationFn: respondToIntroduction });
}
