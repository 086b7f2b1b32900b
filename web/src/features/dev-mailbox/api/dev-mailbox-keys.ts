/** Query keys of the dev mailbox. */
export const devMailboxKeys = {
  all: ['dev-mailbox'] as const,
  list: () => [...devMailboxKeys.all, 'list'] as const,
};
