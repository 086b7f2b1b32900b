import { FirebaseError } from 'firebase/app';

/** Why startThread / addThreadParticipants refuse (HttpsError `details.reason`). */
export const threadRefusals = ['not_staff', 'candidate_not_in_region', 'not_eligible', 'no_account'] as const;
export type ThreadRefusal = (typeof threadRefusals)[number];

export function threadRefusalOf(error: unknown): ThreadRefusal | null {
  if (!(error instanceof FirebaseError)) return null;
  const details: unknown = (error as FirebaseError & { details?: unknown }).details;
  const reason = details && typeof details === 'object' && 'reason' in details ? details.reason : null;
  return (threadRefusals as readonly unknown[]).includes(reason) ? (reason as ThreadRefusal) : null;
}
