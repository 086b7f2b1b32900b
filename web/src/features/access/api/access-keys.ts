/** Query keys of the access feature. */
export const accessKeys = {
  all: ['access'] as const,
  me: (uid: string) => [...accessKeys.all, 'me', uid] as const,
};
