// The embeddable contact form's API against the real emulators: the `api` function called as
// the Hosting rewrite would (`/api/public/v1/regions/{r}/contact-form` and `/contact`).
import { contactFormQuestionSummary, publicContactFormSchema, sectors } from '@koers/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb, clearEmulators, createRegion, plain } from './helpers.js';

const functionsOrigin = process.env.KOERS_FUNCTIONS_ORIGIN;
if (!functionsOrigin) throw new Error('KOERS_FUNCTIONS_ORIGIN is not set: run the integration tests through scripts/with-emulators.mjs');
const api = `${functionsOrigin}/api/public/v1/regions`;
/** The API's own origin: where Koers' iframe page (widget/contact.html) posts from. */
const koersOrigin = new URL(functionsOrigin).origin;

const siteOrigin = 'https://www.werkeninhetonderwijsnijmegen.nl';
const privacyText = 'Zz Het regioloket gebruikt je gegevens alleen om je te begeleiden naar het onderwijs.';

const candidatesWith = async (email: string) => (await adminDb.collection('candidates').where('email', '==', email).get()).docs;

/** Each test posts from its own address, so the per-address limit only bites where it is tested. */
function visitor(regionId = 'nijmegen') {
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
  return (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api}/${regionId}/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: siteOrigin, 'x-forwarded-for': address, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
}

const person = (n: string, overrides: Record<string, unknown> = {}) => ({
  name: `Zz Contact ${n}`,
  email: `zz.contact.${n}@example.nl`,
  phone: '06 12345678',
  place: 'Wijchen',
  interests: ['po', 'mbo'],
  question: `Kan ik als ${n} zij-instromen?`,
  consent: true,
  website: '',
  elapsedMs: 9_000,
  ...overrides,
});

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen');
  await createRegion('open');
  // Settings are set before the first request: the function caches a region for a minute.
  await adminDb.doc('regions/nijmegen').update({ name: 'Rijk van Nijmegen', 'settings.privacyText': privacyText, 'settings.allowedOrigins': [siteOrigin] });
});

describe('GET contact-form', () => {
  it("answers the region's name, privacy text and the interests to choose from, for any origin, cacheable", async () => {
    const response = await fetch(`${api}/nijmegen/contact-form`, { headers: { origin: 'https://any-school.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(publicContactFormSchema.parse(await response.json())).toEqual({ regionId: 'nijmegen', regionName: 'Rijk van Nijmegen', privacyText, interests: [...sectors] });

    const again = await fetch(`${api}/nijmegen/contact-form`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers the preflight of any origin, and an unknown region with a JSON 404', async () => {
    const preflight = await fetch(`${api}/nijmegen/contact-form`, { method: 'OPTIONS', headers: { origin: 'https://any-school.example', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    for (const regionId of ['nergens', 'NOT..valid']) {
      const response = await fetch(`${api}/${regionId}/contact-form`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ statusCode: 404, message: 'Region not found' });
    }
  });
});

describe('POST contact', () => {
  it('makes a website_form candidate in the region with consent, interests and the question as a contact; answers only that it was received', async () => {
    const response = await visitor()(person('nieuw', { email: 'Zz.Contact.Nieuw@Example.NL' }));
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBe(siteOrigin);
    expect(await response.json()).toEqual({ statusCode: 201, message: 'Received', data: { received: true } });

    const [doc, ...others] = await candidatesWith('zz.contact.nieuw@example.nl');
    expect(others).toHaveLength(0);
    const candidate = plain(doc!.data()) as Record<string, unknown>;
    expect(candidate).toMatchObject({
      name: 'Zz Contact nieuw',
      phone: '06 12345678',
      place: 'Wijchen',
      sectors: ['po', 'mbo'],
      source: 'website_form',
      homeRegionId: 'nijmegen',
      regionIds: ['nijmegen'],
      phase: 'interest',
      status: 'active',
      createdBy: 'form:website',
      consent: { privacy: true, source: 'intake_form', withdrawnAt: null },
    });
    expect((candidate.consent as { givenAt: unknown }).givenAt).toBeInstanceOf(Date);
    const interactions = (await doc!.ref.collection('interactions').get()).docs.map((entry) => entry.data());
    expect(interactions).toEqual([expect.objectContaining({ kind: 'other', summary: contactFormQuestionSummary, notes: 'Kan ik als nieuw zij-instromen?', regionId: 'nijmegen' })]);
  });

  it('answers a known e-mail address exactly as a new one, and keeps one candidate', async () => {
    const post = visitor();
    const first = await post(person('dubbel'));
    const second = await post(person('dubbel', { email: ' ZZ.contact.dubbel@example.nl ', question: '' }));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await second.json()).toEqual(await first.json());
    expect(await candidatesWith('zz.contact.dubbel@example.nl')).toHaveLength(1);
  });

  it('accepts a post without Origin (not from a page) and from any site when the region lists no origins', async () => {
    const noOrigin = await fetch(`${api}/nijmegen/contact`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': randomUUID() }, body: JSON.stringify(person('zonder-origin')) });
    expect(noOrigin.status).toBe(201);
    const open = await visitor('open')(person('open'), { origin: 'https://any-school.example' });
    expect(open.status).toBe(201);
    expect(open.headers.get('access-control-allow-origin')).toBe('https://any-school.example');
    expect((await candidatesWith('zz.contact.open@example.nl')).map((doc) => doc.get('homeRegionId'))).toEqual(['open']);
  });
});

describe('POST contact: refusals write nothing', () => {
  it('refuses a wrong content type (415), a large body (413) and invalid fields (400, each named, consent included)', async () => {
    const post = visitor();
    const form = await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.headers.get('access-control-allow-origin')).toBe(siteOrigin);
    expect((await post(person('groot', { question: 'x'.repeat(70_000) }))).status).toBe(413);

    const invalid = await post(person('fout', { name: '', email: 'geen-adres', phone: 'bel me', interests: ['kinderopvang'], question: 'x'.repeat(2_001), consent: false }));
    expect(invalid.status).toBe(400);
    const problems = ((await invalid.json()) as { problems: Array<{ field: string }> }).problems.map((problem) => problem.field).sort();
    expect(problems).toEqual(['consent', 'email', 'interests.0', 'name', 'phone', 'question']);

    const noConsent = await post(person('zonder-toestemming', { consent: undefined }));
    expect(noConsent.status).toBe(400);
    expect(await noConsent.json()).toMatchObject({ problems: [{ field: 'consent' }] });

    for (const n of ['groot', 'zonder-toestemming']) expect(await candidatesWith(`zz.contact.${n}@example.nl`)).toHaveLength(0);
  });

  it("refuses an origin the region does not list (preflight and POST) with 403", async () => {
    const preflight = await fetch(`${api}/nijmegen/contact`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await fetch(`${api}/nijmegen/contact`, { method: 'OPTIONS', headers: { origin: siteOrigin, 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(siteOrigin);

    const refused = await visitor()(person('evil'), { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(await candidatesWith('zz.contact.evil@example.nl')).toHaveLength(0);
  });

  it("checks Koers' own iframe page against the site that frames it", async () => {
    const post = visitor();
    const framedByEvil = await post(person('iframe-evil'), { origin: koersOrigin, 'x-koers-embedder': 'https://evil.example' });
    expect(framedByEvil.status).toBe(403);
    const framedByHidden = await post(person('iframe-verborgen'), { origin: koersOrigin, 'x-koers-embedder': 'null' });
    expect(framedByHidden.status).toBe(403);
    const framedBySite = await post(person('iframe-site'), { origin: koersOrigin, 'x-koers-embedder': siteOrigin });
    expect(framedBySite.status).toBe(201);
    const unframed = await post(person('iframe-los'), { origin: koersOrigin });
    expect(unframed.status).toBe(201);
    expect(await candidatesWith('zz.contact.iframe-evil@example.nl')).toHaveLength(0);
    expect(await candidatesWith('zz.contact.iframe-verborgen@example.nl')).toHaveLength(0);
    expect(await candidatesWith('zz.contact.iframe-site@example.nl')).toHaveLength(1);
  });

  it('refuses a filled honeypot and a form sent too fast with 422', async () => {
    const post = visitor();
    for (const body of [person('bot', { website: 'https://spam.example' }), person('snel', { elapsedMs: 400 })]) {
      const response = await post(body);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ reason: 'form_guard' });
    }
    expect(await candidatesWith('zz.contact.bot@example.nl')).toHaveLength(0);
    expect(await candidatesWith('zz.contact.snel@example.nl')).toHaveLength(0);
  });

  it('answers an unknown region with 404', async () => {
    const response = await visitor('nergens')(person('nergens'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, message: 'Region not found' });
    expect(await candidatesWith('zz.contact.nergens@example.nl')).toHaveLength(0);
  });

  it('limits posts per address: the eleventh within ten minutes gets 429 with Retry-After', async () => {
    const post = visitor();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post(person(`limiet${i}`, { consent: false }))).status);
    expect(statuses).toEqual(Array(10).fill(400));
    const limited = await post(person('limiet-11'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await candidatesWith('zz.contact.limiet-11@example.nl')).toHaveLength(0);
    // Another visitor is not affected.
    expect((await visitor()(person('ander'))).status).toBe(201);
  });
});
