/** Query and mutation keys of the next-steps feature. */
export const nextStepKeys = {
  all: ['next-steps'] as const,
  list: (candidateId: string) => [...nextStepKeys.all, candidateId] as const,
  create: (candidateId: string) => [...nextStepKeys.list(candidateId), 'create'] as const,
  update: (candidateId: string) => [...nextStepKeys.list(candidateId), 'update'] as const,
  remove: (candidateId: string) => [...nextStepKeys.list(candidateId), 'remove'] as const,
  reorder: (candidateId: string) => [...nextStepKeys.list(candidateId), 'reorder'] as const,
};
