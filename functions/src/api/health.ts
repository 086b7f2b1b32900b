import type { Route } from './router.js';

/** `GET /api/health`: the API is up. */
export const healthRoute: Route = {
  method: 'GET',
  path: '/health',
  handler: () => ({ status: 200, body: { status: 'ok' } }),
};
