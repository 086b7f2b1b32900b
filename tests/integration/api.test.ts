// The `api` HTTPS function, called as the hosting rewrite and as the function itself.
import { describe, expect, it } from 'vitest';

const origin = process.env.KOERS_FUNCTIONS_ORIGIN;
if (!origin) throw new Error('KOERS_FUNCTIONS_ORIGIN is not set: run the integration tests through scripts/with-emulators.mjs');

describe('api', () => {
  it.each([['/api/health'], ['/api/api/health']])('answers GET %s with 200 and status ok', async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await fetch(`${origin}/api/api/no-such-endpoint`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, message: 'Not found' });
  });

  it('answers another method on a known path with 405 and Allow', async () => {
    const response = await fetch(`${origin}/api/health`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
