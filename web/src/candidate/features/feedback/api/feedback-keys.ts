/** Query keys of the feedback prompts. */
export const feedbackKeys = {
  all: ['mijn', 'feedback'] as const,
  /** The subjects I rated already, in the regions of my dossier. */
  given: (candidateId: string, regionIds: readonly string[]) => [...feedbackKeys.all, 'given', candidateId, [...regionIds].sort().join(',')] as const,
  /** Activities I attended lately (candidates to rate). */
  attended: (candidateId: string) => [...feedbackKeys.all, 'attended', candidateId] as const,
};
