/** Mutation keys of the admin feature (its reads live in the region feature's keys). */
export const adminKeys = {
  all: ['admin'] as const,
  invite: () => [...adminKeys.all, 'invite'] as const,
  grant: () => [...adminKeys.all, 'grant'] as const,
  revoke: () => [...adminKeys.all, 'revoke'] as const,
};
