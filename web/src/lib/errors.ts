import { FirebaseError } from 'firebase/app';
import { ZodError } from 'zod';

/** Codes we explain to people; everything else reads as "something went wrong". */
const knownCodes = [
  'invalid-credential',
  'wrong-password',
  'user-not-found',
  'user-disabled',
  'invalid-email',
  'too-many-requests',
  'network-request-failed',
  'invalid-action-code',
  'expired-action-code',
  'permission-denied',
  'unauthenticated',
  'not-found',
  'already-exists',
  'failed-precondition',
  'invalid-argument',
  'resource-exhausted',
  'unavailable',
  'deadline-exceeded',
  'invalid-data',
  'aborted',
] as const;
export type ErrorCode = (typeof knownCodes)[number] | 'unknown';

/** Firebase prefixes codes by product ("auth/…", "functions/…"); Firestore does not. */
export function errorCode(error: unknown): ErrorCode {
  let code: string | undefined;
  if (error instanceof FirebaseError) code = error.code.replace(/^(auth|functions|firestore)\//, '');
  else if (error instanceof InvalidDocumentError || error instanceof ZodError) code = 'invalid-data';
  else if (typeof error === 'object' && error && 'code' in error && typeof error.code === 'string') code = error.code;
  if (code === 'internal' && error instanceof FirebaseError && /fetch|network/i.test(error.message)) code = 'unavailable';
  return (knownCodes as readonly string[]).includes(code ?? '') ? (code as ErrorCode) : 'unknown';
}

/** Errors that retrying will not fix. */
export function isPermanent(error: unknown): boolean {
  return !['unavailable', 'deadline-exceeded', 'network-request-failed', 'unknown'].includes(errorCode(error));
}

/** A Firestore document that does not match its schema: reported, never shown half-parsed. */
export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Document ${path} does not match its schema: ${issues}`);
  }
}
