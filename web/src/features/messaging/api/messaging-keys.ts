/** Query and mutation keys of the messaging feature. */
export const messagingKeys = {
  all: ['messaging'] as const,
  /**
   * My threads, live. The /berichten page and the navigation badge observe the same key, so
   * one listener serves both. `scope` 'candidate' adds the filter the rules ask of candidates.
   */
  threads: (uid: string, scope: ThreadScope) => [...messagingKeys.all, 'threads', uid, scope] as const,
  /** My threads about one candidate (the dossier). */
  candidateThreads: (uid: string, candidateId: string) => [...messagingKeys.all, 'candidate-threads', uid, candidateId] as const,
  thread: (threadId: string) => [...messagingKeys.all, 'thread', threadId] as const,
  /** The newest `size` messages I may see, live. */
  messages: (threadId: string, uid: string, size: number) => [...messagingKeys.thread(threadId), 'messages', uid, size] as const,
  typing: (threadId: string) => [...messagingKeys.thread(threadId), 'typing'] as const,
  candidateSearch: (regionId: string, q: string) => [...messagingKeys.all, 'candidate-search', regionId, q] as const,
  send: (threadId: string) => [...messagingKeys.thread(threadId), 'send'] as const,
  edit: (threadId: string) => [...messagingKeys.thread(threadId), 'edit'] as const,
  start: () => [...messagingKeys.all, 'start'] as const,
  addParticipants: (threadId: string) => [...messagingKeys.thread(threadId), 'add-participants'] as const,
};

export type ThreadScope = 'staff' | 'candidate';
