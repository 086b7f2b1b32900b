import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';

export interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/** The caller's uid and verified token claims, or `unauthenticated`. */
export function requireAuth(request: CallableRequest<unknown>): NonNullable<CallableRequest['auth']> {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in first.');
  return request.auth;
}

/** Parses callable input with a schema from @koers/domain; zod's issues go back in `details`. */
export function parseInput<T>(schema: SafeParser<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new HttpsError('invalid-argument', 'The request is not valid.', { issues: result.error.issues });
  return result.data;
}
