/** Query keys of "my route" (the next steps the adviser set). */
export const routeKeys = {
  all: ['mijn', 'route'] as const,
  steps: (candidateId: string) => [...routeKeys.all, 'steps', candidateId] as const,
};
