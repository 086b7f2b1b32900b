import { describe, expect, it } from 'vitest';
import { cachedJson, clientAddress, etagOf, matchesIfNoneMatch, originDecision, postCorsHeaders, postPreflight, readJsonBody } from './http.js';

const json = (text: string, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  rawBody: Buffer.from(text),
  body: undefined,
});

describe('ETag and 304', () => {
  const body = { regionId: 'nijmegen', activities: [] };

  it('gives the same strong ETag for the same body and another for a changed body', () => {
    expect(etagOf(body)).toBe(etagOf({ regionId: 'nijmegen', activities: [] }));
    expect(etagOf(body)).not.toBe(etagOf({ regionId: 'nijmegen', activities: [1] }));
    expect(etagOf(body)).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it('matches If-None-Match lists, weak forms and *', () => {
    const etag = etagOf(body);
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });

  it('answers 200 with cache headers and CORS for everyone, or 304 without a body when the client has it', () => {
    const fresh = cachedJson({ headers: {} }, body);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toBe(body);
    expect(fresh.headers).toMatchObject({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': expect.stringMatching(/^public, max-age=\d+/), ETag: etagOf(body) });
    const notModified = cachedJson({ headers: { 'if-none-match': etagOf(body) } }, body);
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeUndefined();
    expect(notModified.headers?.ETag).toBe(etagOf(body));
  });
});

describe('CORS for registrations', () => {
  it('allows every origin while the region lists none', () => {
    expect(originDecision([], 'https://school.example')).toEqual({ kind: 'allowed', origin: 'https://school.example' });
  });

  it('allows only listed origins, compared as origins', () => {
    const allowed = ['https://www.school.example/', 'https://regio.example/vacatures'];
    expect(originDecision(allowed, 'https://www.school.example').kind).toBe('allowed');
    expect(originDecision(allowed, 'https://regio.example').kind).toBe('allowed');
    expect(originDecision(allowed, 'https://evil.example').kind).toBe('refused');
    expect(originDecision(allowed, 'http://www.school.example').kind).toBe('refused');
    expect(originDecision(allowed, 'null').kind).toBe('refused');
  });

  it('does not apply without an Origin header (not a page script)', () => {
    expect(originDecision(['https://www.school.example'], undefined)).toEqual({ kind: 'no_origin' });
    expect(postCorsHeaders({ kind: 'no_origin' })).toEqual({ Vary: 'Origin' });
  });

  it('answers the preflight of an allowed origin with 204 and POST, of a refused one with 403', () => {
    const ok = postPreflight({ kind: 'allowed', origin: 'https://school.example' });
    expect(ok.status).toBe(204);
    expect(ok.headers).toMatchObject({ 'Access-Control-Allow-Origin': 'https://school.example', 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type' });
    const refused = postPreflight({ kind: 'refused' });
    expect(refused.status).toBe(403);
    expect(refused.headers?.['Access-Control-Allow-Origin']).toBeUndefined();
  });
});

describe('readJsonBody', () => {
  it('parses a JSON body from the raw bytes', () => {
    expect(readJsonBody(json('{"name":"Sanne"}'))).toEqual({ ok: true, value: { name: 'Sanne' } });
    expect(readJsonBody(json('{}', { 'content-type': 'application/json; charset=utf-8' })).ok).toBe(true);
  });

  it('refuses another content type with 415, bad JSON with 400 and a large body with 413', () => {
    const status = (result: ReturnType<typeof readJsonBody>) => (result.ok ? 200 : result.response.status);
    expect(status(readJsonBody(json('name=Sanne', { 'content-type': 'application/x-www-form-urlencoded' })))).toBe(415);
    expect(status(readJsonBody({ headers: {}, rawBody: Buffer.from('{}'), body: undefined }))).toBe(415);
    expect(status(readJsonBody(json('{"name":')))).toBe(400);
    expect(status(readJsonBody(json(JSON.stringify({ name: 'x'.repeat(70_000) }))))).toBe(413);
    expect(status(readJsonBody(json('{}', { 'content-length': '100000' })))).toBe(413);
  });

  it('names the problem in the body and keeps the CORS headers', () => {
    const result = readJsonBody(json('nope'), { 'Access-Control-Allow-Origin': 'https://school.example' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.body).toEqual({ statusCode: 400, message: 'The request body is not valid JSON', problems: [{ field: '', code: 'invalid_json', message: 'body is not valid JSON' }] });
    expect(result.response.headers).toEqual({ 'Access-Control-Allow-Origin': 'https://school.example' });
  });
});

describe('clientAddress', () => {
  it('takes the first forwarded hop, else the socket address', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, '10.0.0.2')).toBe('203.0.113.7');
    expect(clientAddress({}, '10.0.0.2')).toBe('10.0.0.2');
    expect(clientAddress({}, undefined)).toBe('unknown');
  });
});
