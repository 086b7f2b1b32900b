import { describe, expect, it } from 'vitest';
import { healthRoute } from './health.js';
import { matchRoute, normalizePath, route, type IncomingRequest, type Route } from './router.js';

const request = (method: string, path: string): IncomingRequest => ({ method, path, query: {}, headers: {}, body: undefined, rawBody: undefined });

describe('normalizePath', () => {
  it('strips the /api prefix of the hosting rewrite and a trailing slash', () => {
    expect(normalizePath('/api/health')).toBe('/health');
    expect(normalizePath('/health/')).toBe('/health');
    expect(normalizePath('/api')).toBe('/');
    expect(normalizePath('/apiary')).toBe('/apiary');
  });
});

describe('route', () => {
  it('answers GET /health and GET /api/health with status ok', async () => {
    for (const path of ['/health', '/api/health']) {
      expect(await route([healthRoute], request('GET', path))).toEqual({ status: 200, body: { status: 'ok' } });
    }
  });

  it('answers an unknown path with a JSON 404', async () => {
    expect(await route([healthRoute], request('GET', '/api/nope'))).toEqual({ status: 404, body: { statusCode: 404, message: 'Not found' } });
  });

  it('answers a known path with another method with 405 and the allowed methods', async () => {
    const response = await route([healthRoute], request('POST', '/health'));
    expect(response.status).toBe(405);
    expect(response.headers).toEqual({ Allow: 'GET' });
  });

  it('captures path parameters', () => {
    const candidates: Route = { method: 'GET', path: '/regions/:regionId/candidates', handler: () => ({ status: 200, body: null }) };
    const match = matchRoute([candidates], 'GET', '/regions/nijmegen/candidates');
    expect(match).toMatchObject({ kind: 'found', params: { regionId: 'nijmegen' } });
    expect(matchRoute([candidates], 'GET', '/regions/nijmegen')).toEqual({ kind: 'not_found' });
  });
});

describe('route: preflight and HEAD', () => {
  const list: Route = { method: 'GET', path: '/public/v1/regions/:regionId/activities', handler: ({ params }) => ({ status: 200, body: params }) };
  const preflight: Route = { method: 'OPTIONS', path: '/public/v1/regions/:regionId/activities', handler: () => ({ status: 204, body: undefined }) };

  it('routes OPTIONS to the preflight route of the path', async () => {
    expect(await route([list, preflight], request('OPTIONS', '/api/public/v1/regions/nijmegen/activities'))).toEqual({ status: 204, body: undefined });
  });

  it('answers HEAD like GET, and lists OPTIONS among the allowed methods', async () => {
    expect(await route([list, preflight], request('HEAD', '/public/v1/regions/nijmegen/activities'))).toEqual({ status: 200, body: { regionId: 'nijmegen' } });
    expect((await route([list, preflight], request('DELETE', '/public/v1/regions/nijmegen/activities'))).headers).toEqual({ Allow: 'GET, OPTIONS' });
  });
});
