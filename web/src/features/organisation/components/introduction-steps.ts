import { closedMatchStatuses, organisationMatchStatuses, type MatchStatus, type MatchTargetKind } from '@koers/domain';

/** A status a school or institute sets itself (organisationMatchStatuses). */
export type AnswerStatus = (typeof organisationMatchStatuses)[keyof typeof organisationMatchStatuses][number];

/** How far an introduction has come; steps move forward only (a decline ends it at any point). */
const stage: Record<MatchStatus, number> = {
  proposed: 0,
  accepted: 1,
  conversation_requested: 1,
  interview_planned: 2,
  suitability_assessment: 3,
  contract: 4,
  enrolled: 4,
  started: 5,
  declined: 6,
  withdrawn: 6,
};

export function isClosed(status: MatchStatus): boolean {
  return (closedMatchStatuses as readonly MatchStatus[]).includes(status);
}

/**
 * The steps the organisation can take from `status`, in the order they are offered. A new
 * introduction is first answered (accept, ask for a conversation); then a conversation is
 * planned (and can be moved) and the outcomes of its kind follow (a school: suitability
 * assessment, contract; an institute: enrolment; both: started). Declining is always last;
 * a closed introduction has no steps.
 */
export function nextSteps(targetKind: MatchTargetKind, status: MatchStatus): AnswerStatus[] {
  if (isClosed(status)) return [];
  const own: readonly AnswerStatus[] = targetKind === 'school' ? organisationMatchStatuses.school : organisationMatchStatuses.training_institute;
  const forward = own.filter((step) => {
    if (step === 'declined') return false;
    // First an answer: accept, or ask for a conversation before deciding.
    if (status === 'proposed') return step === 'accepted' || step === 'conversation_requested';
    if (step === 'accepted') return status === 'conversation_requested';
    // A planned conversation can be moved; after the outcomes there's nothing to plan.
    if (step === 'interview_planned') return stage[status] <= stage.interview_planned;
    return stage[step] > stage[status];
  });
  return [...forward, 'declined'];
}
