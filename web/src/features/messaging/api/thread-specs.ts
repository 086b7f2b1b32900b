import type { QuerySpec } from '@koers/domain';

export const threadListLimit = 50;
export const candidateThreadsLimit = 10;
export const messagePageSize = 50;

/**
 * The thread list as data (pure, so tests/integration/indexes.test.ts can check its index):
 * threads I take part in, most recent activity first. A candidate's account adds
 * includesCandidate == true, the filter its rule checks (rules are not filters).
 */
export function myThreadsSpec(uid: string, scope: 'staff' | 'candidate'): QuerySpec {
  return {
    collectionGroup: 'threads',
    filters: [
      { field: 'participantUids', op: 'array-contains', value: uid },
      ...(scope === 'candidate' ? [{ field: 'includesCandidate', op: '==' as const, value: true }] : []),
    ],
    orderBy: [{ field: 'lastActivityAt', dir: 'desc' }],
  };
}

/** The dossier's "Berichten": my threads about one candidate. */
export function candidateThreadsSpec(uid: string, candidateId: string): QuerySpec {
  return {
    collectionGroup: 'threads',
    filters: [
      { field: 'participantUids', op: 'array-contains', value: uid },
      { field: 'candidateId', op: '==', value: candidateId },
    ],
    orderBy: [{ field: 'lastActivityAt', dir: 'desc' }],
  };
}

/** A thread's messages from the moment I may read (the rule compares createdAt with my visibleFrom), newest first. */
export function messagesSpec(visibleFrom: Date): QuerySpec {
  return {
    collectionGroup: 'messages',
    filters: [{ field: 'createdAt', op: '>=', value: visibleFrom }],
    orderBy: [{ field: 'createdAt', dir: 'desc' }],
  };
}
