// Answers of the intake API: one error shape for v1 and v2 (`statusCode`, `message`, a machine
// `reason` and `problems` naming each bad field), and v2's success envelope.
import type { ApiResponse } from '../api/router.js';

export { headerValue, readJsonBody } from '../offer/http.js';

export interface FieldProblemLike {
  field: string;
  code: string;
  message: string;
}

export function apiError(status: number, reason: string, message: string, problems: FieldProblemLike[] = [], headers: Record<string, string> = {}): ApiResponse {
  return { status, headers, body: { statusCode: status, message, reason, problems, data: null, meta: null } };
}

/** v2's envelope: `{ statusCode, message, data, meta }`. */
export function envelope(status: number, message: string, data: unknown, meta: Record<string, unknown> | null = null, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers, body: { statusCode: status, message, data, meta } };
}

/** zod issues as problems, one per field, named by their path in the body. */
export function problemsOf(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; code: string; message: string; keys?: string[] }>): FieldProblemLike[] {
  const problems: FieldProblemLike[] = [];
  for (const issue of issues) {
    // An unknown key is named by itself, not by the object that holds it.
    const fields = issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((key) => [...issue.path.map(String), key].join('.')) : [issue.path.map(String).join('.')];
    for (const field of fields) {
      if (problems.some((problem) => problem.field === field)) continue;
      problems.push({ field, code: issue.code === 'unrecognized_keys' ? 'unknown_field' : issue.code, message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message });
    }
  }
  return problems;
}

/** A valid key whose region was deleted since: the key is as good as unknown. */
export function regionGone(): ApiResponse {
  return apiError(401, 'unknown_key', 'The region of this API key no longer exists');
}
