// A tiny router for the `api` HTTPS function: routes are data, matching is pure, so each
// later endpoint (the pilot API) is one file that adds a Route.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface ApiRequest {
  method: string;
  /** Path without the `/api` prefix, e.g. `/health`. */
  path: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  rawBody: Buffer | undefined;
  /** The caller's address as the platform reports it (rate limits only; never stored as is). */
  ip?: string;
}

export interface ApiResponse {
  status: number;
  /** Sent as JSON; undefined sends no body (204, 304). */
  body: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: Method;
  /** Segments; `:name` captures one segment into `params.name`. */
  path: string;
  handler: (request: ApiRequest) => ApiResponse | Promise<ApiResponse>;
}

/** Strips the hosting rewrite's `/api` prefix and a trailing slash. */
export function normalizePath(path: string): string {
  const withoutPrefix = path === '/api' || path.startsWith('/api/') ? path.slice(4) : path;
  const trimmed = withoutPrefix.length > 1 ? withoutPrefix.replace(/\/+$/, '') : withoutPrefix;
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split('/').filter(Boolean);
  const actual = path.split('/').filter(Boolean);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of expected.entries()) {
    const value = actual[i]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(value);
    else if (segment !== value) return null;
  }
  return params;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allow: Method[] }
  | { kind: 'not_found' };

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const allow: Method[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allow.push(route.method);
  }
  return allow.length ? { kind: 'method_not_allowed', allow } : { kind: 'not_found' };
}

export function errorResponse(status: number, message: string): ApiResponse {
  return { status, body: { statusCode: status, message } };
}

export type IncomingRequest = Omit<ApiRequest, 'params' | 'path'> & { path: string };

/** Routes one request; unknown paths get 404, known paths with another method 405. */
export async function route(routes: readonly Route[], request: IncomingRequest): Promise<ApiResponse> {
  const path = normalizePath(request.path);
  const match = matchRoute(routes, request.method, path);
  if (match.kind === 'not_found') return errorResponse(404, 'Not found');
  if (match.kind === 'method_not_allowed') {
    // A HEAD is answered like the GET of the same path (without the body, by Express).
    if (request.method === 'HEAD' && match.allow.includes('GET')) return route(routes, { ...request, method: 'GET' });
    return { ...errorResponse(405, 'Method not allowed'), headers: { Allow: match.allow.join(', ') } };
  }
  return match.route.handler({ ...request, path, params: match.params });
}
