// The decisions behind the erasure of a dossier, as plain functions: when a privacy request
// calls for it, and what happens to the candidate's account. No Firebase here.
import { privacyRequestSchema, userAccessSchema, type PrivacyRequest } from '@koers/domain';

function requestOf(data: unknown): PrivacyRequest | null {
  const parsed = data ? privacyRequestSchema.safeParse(data) : null;
  return parsed?.success ? parsed.data : null;
}

/**
 * The candidate to erase when this change of a request handled a deletion request as done:
 * open before, done after, not erased yet. Any region of the dossier may complete it (the
 * candidate asked for their data to go, not for one region's copy to go), so the region is
 * not checked. Null for everything else: rejections, exports, corrections, the function's own
 * `erasedAt` stamp (done before and after), a request that no longer parses.
 * A re-delivered event has the same before and after, so it asks again and the erasure, being
 * idempotent, finishes what a failed run left.
 */
export function candidateToErase(before: unknown, after: unknown): string | null {
  const was = requestOf(before);
  const is = requestOf(after);
  if (!was || !is) return null;
  if (is.kind !== 'deletion' || is.status !== 'done' || was.status !== 'open') return null;
  if (is.erasedAt) return null;
  return is.candidateId;
}

export type AccountDisposal = 'delete' | 'unlink';

/**
 * What happens to the account linked to an erased dossier: a candidate-only account goes
 * (users doc, notifications and the Auth account); an account that also holds a role (a
 * colleague who was a candidate) stays, only unlinked from the dossier. A users doc that does
 * not parse holds no role we can see, so it goes as well.
 */
export function accountDisposal(access: unknown): AccountDisposal {
  const parsed = userAccessSchema.safeParse(access);
  if (!parsed.success) return 'delete';
  const { admin, regions, organisations } = parsed.data;
  return admin || Object.keys(regions).length > 0 || Object.keys(organisations).length > 0 ? 'unlink' : 'delete';
}
