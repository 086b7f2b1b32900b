// The HTTP side of the public offer API, pure: caching (ETag, 304), CORS decisions and body
// reading. The route handlers combine these with Firestore; unit tests cover them here.
import { createHash } from 'node:crypto';
import type { FieldProblem } from '@koers/domain';
import type { ApiRequest, ApiResponse } from '../api/router.js';

/** Browsers may reuse a list for a minute; the CDN in front of Hosting for two. */
export const publicCacheControl = 'public, max-age=60, s-maxage=120';
/** A registration form's body is a few hundred bytes; anything near this is not one. */
export const maxBodyBytes = 64 * 1024;
/** How long a browser may reuse a preflight answer. */
const preflightMaxAgeSeconds = 600;

export function headerValue(headers: ApiRequest['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** A strong ETag over exactly the bytes `res.json` sends. */
export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this ETag (a list, `*`, or weak forms of it). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export const publicCorsHeaders: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };

/** A cacheable public GET answer: 200 with the body, or 304 when the client has this version. */
export function cachedJson(request: Pick<ApiRequest, 'headers'>, body: unknown): ApiResponse {
  const etag = etagOf(body);
  const headers = { ...publicCorsHeaders, 'Cache-Control': publicCacheControl, ETag: etag };
  if (matchesIfNoneMatch(headerValue(request.headers, 'if-none-match'), etag)) return { status: 304, body: undefined, headers };
  return { status: 200, body, headers };
}

/** The preflight of the public GETs: any origin, no credentials. */
export function publicPreflight(): ApiResponse {
  return {
    status: 204,
    body: undefined,
    headers: {
      ...publicCorsHeaders,
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
      'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
    },
  };
}

function originOf(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export type OriginDecision = { kind: 'no_origin' } | { kind: 'allowed'; origin: string } | { kind: 'refused' };

/**
 * Whether a website may post registrations: every origin while the region lists none, else
 * only the listed ones (compared as origins, so `https://school.nl/` lists `https://school.nl`).
 * Requests without an Origin header do not come from a page's script; CORS does not apply.
 */
export function originDecision(allowedOrigins: readonly string[], origin: string | undefined): OriginDecision {
  if (!origin) return { kind: 'no_origin' };
  if (allowedOrigins.length === 0) return { kind: 'allowed', origin };
  const requested = originOf(origin);
  const allowed = requested !== null && allowedOrigins.some((entry) => originOf(entry) === requested);
  return allowed ? { kind: 'allowed', origin } : { kind: 'refused' };
}

/** CORS headers of a registration answer (also on errors, so the page can read them). */
export function postCorsHeaders(decision: OriginDecision): Record<string, string> {
  return decision.kind === 'allowed' ? { 'Access-Control-Allow-Origin': decision.origin, Vary: 'Origin' } : { Vary: 'Origin' };
}

export function postPreflight(decision: OriginDecision): ApiResponse {
  if (decision.kind === 'refused') return { status: 403, body: { statusCode: 403, message: 'Origin not allowed' }, headers: { Vary: 'Origin' } };
  return {
    status: 204,
    body: undefined,
    headers: {
      ...postCorsHeaders(decision),
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
    },
  };
}

export function problemResponse(status: number, message: string, problems: FieldProblem[], headers: Record<string, string> = {}): ApiResponse {
  return { status, body: { statusCode: status, message, problems }, headers };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: ApiResponse };

/**
 * The request's JSON body, read from the raw bytes (the platform's parsed body hides bad JSON):
 * 415 unless the content type is JSON, 413 above `maxBodyBytes`, 400 when it does not parse.
 */
export function readJsonBody(request: Pick<ApiRequest, 'headers' | 'rawBody' | 'body'>, headers: Record<string, string> = {}): JsonBody {
  const contentType = headerValue(request.headers, 'content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType.trim())) {
    return { ok: false, response: problemResponse(415, 'Send the registration as application/json', [{ field: '', code: 'unsupported_media_type', message: 'Content-Type must be application/json' }], headers) };
  }
  const declared = Number(headerValue(request.headers, 'content-length') ?? 0);
  const size = request.rawBody?.length ?? 0;
  if (declared > maxBodyBytes || size > maxBodyBytes) {
    return { ok: false, response: problemResponse(413, 'The request body is too large', [{ field: '', code: 'too_large', message: `at most ${maxBodyBytes} bytes` }], headers) };
  }
  if (!request.rawBody) {
    // Without the raw bytes (not the case on Cloud Functions) the platform's parsing stands.
    return request.body !== undefined ? { ok: true, value: request.body } : invalidJson(headers);
  }
  try {
    return { ok: true, value: JSON.parse(request.rawBody.toString('utf8')) as unknown };
  } catch {
    return invalidJson(headers);
  }
}

function invalidJson(headers: Record<string, string>): JsonBody {
  return { ok: false, response: problemResponse(400, 'The request body is not valid JSON', [{ field: '', code: 'invalid_json', message: 'body is not valid JSON' }], headers) };
}

/**
 * The visitor's address for rate limiting: the first hop of X-Forwarded-For (the visitor, as
 * Hosting's and Google's front ends report it), else the socket's. A visitor can put another
 * address first, so the limit is a brake on careless scripts, not a defence against a
 * determined attacker (that is what Cloud Armor or App Check are for).
 */
export function clientAddress(headers: ApiRequest['headers'], fallback: string | undefined): string {
  const forwarded = headerValue(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || fallback || 'unknown';
}
