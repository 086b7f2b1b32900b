import '../setup.js';
import { onRequest } from 'firebase-functions/v2/https';
import { logError } from '../lib/log.js';
import { errorResponse, route, type ApiResponse } from './router.js';
import { routes } from './routes.js';

/** The HTTP API, served at `/api/**` through the hosting rewrite. */
export const api = onRequest(async (req, res) => {
  let response: ApiResponse;
  try {
    response = await route(routes, {
      method: req.method,
      path: req.path,
      query: req.query as Record<string, unknown>,
      headers: req.headers,
      body: req.body as unknown,
      rawBody: req.rawBody,
    });
  } catch (error) {
    logError('api.unhandled_error', { path: req.path, message: error instanceof Error ? error.name : 'unknown' });
    response = errorResponse(500, 'Internal error');
  }
  res.status(response.status).set(response.headers ?? {}).json(response.body);
});
