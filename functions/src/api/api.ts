import '../setup.js';
import { onRequest } from 'firebase-functions/v2/https';
import { logError } from '../lib/log.js';
import { errorResponse, route, type ApiResponse } from './router.js';
import { routes } from './routes.js';

/**
 * The HTTP API, served at `/api/**` through the hosting rewrite. `cors: false` because each
 * route answers CORS itself (public lists to everyone, registrations to a region's origins);
 * without it the emulator would answer every preflight for any origin.
 */
export const api = onRequest({ cors: false }, async (req, res) => {
  let response: ApiResponse;
  try {
    response = await route(routes, {
      method: req.method,
      path: req.path,
      query: req.query as Record<string, unknown>,
      headers: req.headers,
      body: req.body as unknown,
      rawBody: req.rawBody,
      ip: req.ip,
    });
  } catch (error) {
    logError('api.unhandled_error', { path: req.path, message: error instanceof Error ? error.name : 'unknown' });
    response = errorResponse(500, 'Internal error');
  }
  res.status(response.status).set(response.headers ?? {});
  if (response.body === undefined) res.end();
  else res.json(response.body);
});
