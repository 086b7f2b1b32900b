/** Query and mutation keys of the merge feature. */
export const mergeKeys = {
  all: ['merge'] as const,
  merge: () => [...mergeKeys.all, 'merge-candidates'] as const,
};
