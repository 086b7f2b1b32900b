// Routes of the intake API (`/v1/...`, `/v2/...`) share one frame: the API key decides the
// region, every call is counted against the key's rate limit and logged without personal data,
// and writes honour an `Idempotency-Key` header.
import type { ApiRequest, ApiResponse, Method, Route } from '../api/router.js';
import { logError } from '../lib/log.js';
import { apiError, headerValue, type FieldProblemLike } from './api-http.js';
import { authenticateApiKey, recordApiCall, type ApiKeyContext } from './api-keys.js';
import { claimIdempotencyKey, requestFingerprint } from './idempotency.js';
import { services } from '../setup.js';

export interface KeyedRequest extends ApiRequest {
  key: ApiKeyContext;
}

export interface KeyRouteOptions {
  /** Writes: honour Idempotency-Key. */
  write?: boolean;
}

const keyRefusals: Record<string, string> = {
  missing_key: 'Send the API key in the api-key (or x-api-key) header',
  unknown_key: 'Unknown API key',
  revoked_key: 'This API key was revoked',
  rate_limited: 'Too many requests for this API key; retry after the time in Retry-After',
};

function reasonOf(response: ApiResponse): string | null {
  if (response.status < 400) return null;
  const body = response.body as { reason?: unknown } | undefined;
  return typeof body?.reason === 'string' ? body.reason : `http_${response.status}`;
}

async function handle(request: ApiRequest, method: Method, path: string, handler: (request: KeyedRequest) => Promise<ApiResponse>, options: KeyRouteOptions): Promise<ApiResponse> {
  const { db, now } = services();
  const started = Date.now();
  const check = await authenticateApiKey(db, request.headers, now());
  if (!check.ok) {
    const headers: Record<string, string> = check.retryAfterSeconds ? { 'Retry-After': String(check.retryAfterSeconds) } : {};
    const problems: FieldProblemLike[] = check.reason === 'rate_limited' ? [] : [{ field: 'api-key', code: check.reason, message: keyRefusals[check.reason] ?? check.reason }];
    const response = apiError(check.status, check.reason, keyRefusals[check.reason] ?? 'Not allowed', problems, headers);
    if (check.key) await recordApiCall(db, check.key, { method, route: path, status: response.status, reason: check.reason, durationMs: Date.now() - started }, now());
    return response;
  }
  const keyed: KeyedRequest = { ...request, key: check.key };
  let response: ApiResponse;
  const idempotencyKey = options.write ? headerValue(request.headers, 'idempotency-key') : undefined;
  if (idempotencyKey !== undefined) {
    const claim = await claimIdempotencyKey(db, check.key.keyId, idempotencyKey.trim(), requestFingerprint(method, path, request.rawBody), now());
    if (claim.kind === 'run') {
      try {
        response = await handler(keyed);
      } catch (error) {
        await claim.abandon();
        throw error;
      }
      await claim.finish(response);
    } else {
      response = claim.response;
    }
  } else {
    response = await handler(keyed);
  }
  try {
    await recordApiCall(db, check.key, { method, route: path, status: response.status, reason: reasonOf(response), durationMs: Date.now() - started }, now());
  } catch (error) {
    // The call log must never turn a done write into an error the client would retry.
    logError('api.call_log_failed', { keyId: check.key.keyId, message: error instanceof Error ? error.name : 'unknown' });
  }
  return response;
}

export function keyRoute(method: Method, path: string, handler: (request: KeyedRequest) => Promise<ApiResponse>, options: KeyRouteOptions = {}): Route {
  return { method, path, handler: (request) => handle(request, method, path, handler, options) };
}
