import { FirebaseError } from 'firebase/app';

/** Why the matching functions refuse (HttpsError `details.reason`, mostly failed-precondition). */
export const matchRefusals = [
  'no_consent',
  'not_active',
  'duplicate',
  'changed',
  'reason_required',
  'closed',
  'unknown_target',
  'vacancy_mismatch',
  'not_a_school',
  'not_in_region',
  'no_introduction',
  'unchanged',
] as const;
export type MatchRefusal = (typeof matchRefusals)[number];

/** The refusal reason of a matching callable's error, or null for any other error. */
export function matchRefusalOf(error: unknown): MatchRefusal | null {
  if (!(error instanceof FirebaseError)) return null;
  const details: unknown = (error as FirebaseError & { details?: unknown }).details;
  const reason = details && typeof details === 'object' && 'reason' in details ? details.reason : null;
  return (matchRefusals as readonly unknown[]).includes(reason) ? (reason as MatchRefusal) : null;
}
