// Koers' v2 API against the real emulators: the `api` function called over HTTP with a region's
// API key. Covers every endpoint, the region boundary (another region's candidate is a 404),
// PATCH semantics and If-Match, safe retries with Idempotency-Key and concurrent upserts.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApiKey } from './api-key-helpers.js';
import { adminDb, clearEmulators, createRegion, makeCandidate, waitFor } from './helpers.js';

const origin = process.env.KOERS_FUNCTIONS_ORIGIN;
if (!origin) throw new Error('KOERS_FUNCTIONS_ORIGIN is not set: run the integration tests through scripts/with-emulators.mjs');
const api = `${origin}/api`;
const region = 'v2-oost';
const otherRegion = 'v2-west';
/** Triggers (the candidate index that find uses) may start cold on the Functions emulator. */
const triggerWait = 60_000;

let key = '';
let keyId = '';
let otherKey = '';

interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: { statusCode: number; message: string; data: T; meta: Record<string, unknown> | null; reason?: string; problems?: Array<{ field: string; code: string }> };
}

async function call<T = unknown>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; apiKey?: string | null } = {}): Promise<Answer<T>> {
  const apiKey = options.apiKey === undefined ? key : options.apiKey;
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  // The platform answers some refusals itself (bad JSON: an HTML page), before the function runs.
  const json = response.headers.get('content-type')?.includes('application/json') ?? false;
  return { status: response.status, headers: response.headers, body: json ? (JSON.parse(text) as Answer<T>['body']) : (undefined as unknown as Answer<T>['body']) };
}

const problemFields = (answer: Answer) => (answer.body.problems ?? []).map((problem) => problem.field).sort();
const uniqueEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.org`;
const person = (overrides: Record<string, unknown> = {}) => ({ name: 'Noor Test', email: uniqueEmail('noor'), privacyConsent: true, place: 'Arnhem', ...overrides });

async function upsert(body: unknown, headers: Record<string, string> = {}) {
  return call<{ id: string; created: boolean }>('POST', '/v2/candidates/upsert', { body, headers });
}

async function candidatesWithEmail(email: string) {
  return (await adminDb.collection('candidates').where('email', '==', email.toLowerCase()).get()).docs;
}

/** Seeded straight into Firestore, as the app or an import would have made them. */
async function seed(id: string, overrides: Parameters<typeof makeCandidate>[0]) {
  await adminDb.doc(`candidates/${id}`).set(makeCandidate({ homeRegionId: region, regionIds: [region], ...overrides }));
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion(region);
  await createRegion(otherRegion);
  await adminDb.doc(`regions/${region}`).update({
    'settings.customFields': [
      { name: 'hoe_gevonden', label: 'Hoe gevonden?', type: 'choice', options: ['Website', 'Informatieavond'], required: false },
      { name: 'uren', label: 'Uren per week', type: 'number', required: false },
    ],
  });
  ({ key, keyId } = await createTestApiKey(adminDb, region));
  ({ key: otherKey } = await createTestApiKey(adminDb, otherRegion));
  for (let i = 0; i < 5; i++) await seed(`v2-seed-${i}`, { name: `Seed ${i}`, email: `seed${i}@example.org`, phone: `06-2000000${i}` });
  await seed('v2-elsewhere', { homeRegionId: otherRegion, regionIds: [otherRegion], email: 'elders@example.org', phone: '06-99887766' });
  await seed('v2-shared', { homeRegionId: otherRegion, regionIds: [otherRegion, region], email: 'gedeeld@example.org' });
  // The first request starts the function's worker (tens of seconds on a busy machine); not a test.
  await fetch(`${api}/health`);
}, 120_000);

describe('GET /v2/schema', () => {
  it("serves the JSON Schema of bodies and answers, with the region's custom fields in meta", async () => {
    const answer = await call<{ $defs: Record<string, { required?: string[] }> }>('GET', '/v2/schema');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ statusCode: 200, message: 'OK' });
    expect(Object.keys(answer.body.data.$defs).sort()).toEqual(['Candidate', 'CandidateInput', 'CandidatePatch', 'Interaction', 'InteractionInput']);
    expect(answer.body.data.$defs.InteractionInput?.required).toEqual(['type', 'performedAt']);
    expect(answer.body.meta?.regionCustomFields).toEqual([expect.objectContaining({ name: 'hoe_gevonden', options: ['Website', 'Informatieavond'] }), expect.objectContaining({ name: 'uren', type: 'number' })]);
  });

  it('refuses a call without a key, or with an unknown one (401)', async () => {
    expect((await call('GET', '/v2/schema', { apiKey: null })).status).toBe(401);
    const unknown = await call('GET', '/v2/schema', { apiKey: 'koers_nietbestaand' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.reason).toBe('unknown_key');
  });
});

describe('GET /v2/candidates', () => {
  it("pages through the region's own candidates to the end, where meta.cursor is null", async () => {
    const expected = (await adminDb.collection('candidates').where('homeRegionId', '==', region).get()).docs.map((doc) => doc.id).sort();
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const answer: Answer<Array<{ id: string; email: string | null }>> = await call('GET', `/v2/candidates?pageSize=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data.length).toBeLessThanOrEqual(2);
      expect(answer.body.meta?.pageSize).toBe(2);
      seen.push(...answer.body.data.map((candidate) => candidate.id));
      cursor = answer.body.meta?.cursor as string | null;
      if (cursor === null) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual(expected);
    expect(seen).not.toContain('v2-elsewhere');
    // A shared candidate belongs to its home region's list.
    expect(seen).not.toContain('v2-shared');
  });

  it('defaults to 25 per page', async () => {
    const answer = await call('GET', '/v2/candidates');
    expect(answer.body.meta?.pageSize).toBe(25);
  });

  it.each(['0', '101', 'abc', '2.5'])('refuses pageSize=%s, naming pageSize', async (pageSize) => {
    const answer = await call('GET', `/v2/candidates?pageSize=${pageSize}`);
    expect(answer.status).toBe(400);
    expect(problemFields(answer)).toEqual(['pageSize']);
  });

  it('refuses a cursor that no page gave', async () => {
    const answer = await call('GET', `/v2/candidates?cursor=${encodeURIComponent('../../etc')}`);
    expect(answer.status).toBe(400);
    expect(problemFields(answer)).toEqual(['cursor']);
  });
});

describe('GET /v2/candidates/{id}', () => {
  it('shows the profile, never internal fields, with its version as ETag', async () => {
    const answer = await call<Record<string, unknown>>('GET', '/v2/candidates/v2-seed-1');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ id: 'v2-seed-1', name: 'Seed 1', email: 'seed1@example.org', phase: 'interest', status: 'active', consent: { privacy: true } });
    for (const internal of ['authUid', 'ownerUid', 'introducedOrganisationIds', 'homeRegionId', 'regionIds', 'createdBy']) expect(answer.body.data).not.toHaveProperty(internal);
    expect(answer.headers.get('etag')).toBe(`"${String(answer.body.data.updatedAt)}"`);
  });

  it("answers another region's candidate exactly like a missing one (404)", async () => {
    const elsewhere = await call('GET', '/v2/candidates/v2-elsewhere');
    const missing = await call('GET', '/v2/candidates/does-not-exist');
    expect(elsewhere.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(elsewhere.body).toEqual(missing.body);
  });

  it('shows a candidate shared with the region', async () => {
    expect((await call('GET', '/v2/candidates/v2-shared')).status).toBe(200);
    expect((await call('GET', '/v2/candidates/v2-shared', { apiKey: otherKey })).status).toBe(200);
  });

  it('answers 405 to a method the path does not take', async () => {
    const answer = await call('DELETE', '/v2/candidates/v2-seed-1');
    expect(answer.status).toBe(405);
  });
});

describe('GET /v2/candidates/find', () => {
  it('finds by e-mail ignoring case', async () => {
    const answer = await waitFor(
      async () => {
        const found = await call<{ id: string }>('GET', `/v2/candidates/find?email=${encodeURIComponent('SEED2@Example.ORG')}`);
        return found.status === 200 ? found : null;
      },
      'the candidate index of the seeded candidates',
      triggerWait,
    );
    expect(answer.body.data.id).toBe('v2-seed-2');
  });

  it('finds by phone ignoring formatting', async () => {
    const answer = await waitFor(
      async () => {
        const found = await call<{ id: string }>('GET', `/v2/candidates/find?phone=${encodeURIComponent('06 200 000 03')}`);
        return found.status === 200 ? found : null;
      },
      'the candidate index of the seeded candidates',
      triggerWait,
    );
    expect(answer.body.data.id).toBe('v2-seed-3');
  });

  it('lets e-mail win when both are sent', async () => {
    const answer = await waitFor(
      async () => {
        const found = await call<{ id: string }>('GET', `/v2/candidates/find?email=seed4@example.org&phone=${encodeURIComponent('06-20000003')}`);
        return found.status === 200 ? found : null;
      },
      'the candidate index of the seeded candidates',
      triggerWait,
    );
    expect(answer.body.data.id).toBe('v2-seed-4');
  });

  it('finds a candidate right after its upsert', async () => {
    const email = uniqueEmail('direct');
    const created = await upsert(person({ email }));
    const answer = await call<{ id: string }>('GET', `/v2/candidates/find?email=${encodeURIComponent(email.toUpperCase())}`);
    expect(answer.status).toBe(200);
    expect(answer.body.data.id).toBe(created.body.data.id);
  });

  it("does not find another region's candidate", async () => {
    // The other region's own key finds it, so the index is there and the 404 is the boundary.
    await waitFor(async () => (await call('GET', '/v2/candidates/find?email=elders@example.org', { apiKey: otherKey })).status === 200, 'the index of the other region', triggerWait);
    expect((await call('GET', '/v2/candidates/find?email=elders@example.org')).status).toBe(404);
    expect((await call('GET', `/v2/candidates/find?phone=${encodeURIComponent('0699887766')}`)).status).toBe(404);
  });

  it('needs an e-mail or a phone number (400)', async () => {
    const answer = await call('GET', '/v2/candidates/find');
    expect(answer.status).toBe(400);
    expect(problemFields(answer)).toEqual(['email']);
    expect((await call('GET', '/v2/candidates/find?email=geen-adres')).status).toBe(400);
  });
});

describe('POST /v2/candidates/upsert', () => {
  it('creates, then updates the same candidate (e-mail in another case), answering 202', async () => {
    const email = uniqueEmail('sanne');
    const created = await upsert(person({ email, name: 'Sanne Eerst', sectors: ['vo'], customFields: { hoe_gevonden: 'Website' } }));
    expect(created.status).toBe(202);
    expect(created.body.data.created).toBe(true);
    const updated = await upsert(person({ email: email.toUpperCase(), name: 'Sanne Later', motivation: 'Wiskunde geven.' }));
    expect(updated.status).toBe(202);
    expect(updated.body.data).toEqual({ id: created.body.data.id, created: false });
    const docs = await candidatesWithEmail(email);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.data()).toMatchObject({ name: 'Sanne Later', motivation: 'Wiskunde geven.', sectors: ['vo'], source: 'api', homeRegionId: region, customFields: { hoe_gevonden: 'Website' }, updatedBy: `api:${keyId}` });
  });

  it('matches on phone when no e-mail is sent', async () => {
    const created = await upsert({ name: 'Bel Mij', phone: '06-3300 4411', privacyConsent: true });
    expect(created.status).toBe(202);
    const again = await upsert({ name: 'Bel Mij', phone: '0633004411', privacyConsent: true, place: 'Zutphen' });
    expect(again.body.data).toEqual({ id: created.body.data.id, created: false });
    expect((await adminDb.doc(`candidates/${created.body.data.id}`).get()).get('place')).toBe('Zutphen');
  });

  it('names every bad and unknown field (400), and writes nothing', async () => {
    const email = uniqueEmail('fout');
    const answer = await upsert(person({ email, naam: 'Dutch name', sectors: ['Voortgezet onderwijs'], phase: 'nieuw', customFields: { hoe_gevonden: 'Radio', kleur: 'blauw' } }));
    expect(answer.status).toBe(400);
    expect(problemFields(answer)).toEqual(['naam', 'phase', 'sectors.0']);
    const custom = await upsert(person({ email, customFields: { hoe_gevonden: 'Radio', kleur: 'blauw' } }));
    expect(custom.status).toBe(400);
    expect(problemFields(custom)).toEqual(['customFields.hoe_gevonden', 'customFields.kleur']);
    expect(await candidatesWithEmail(email)).toHaveLength(0);
  });

  it('needs an e-mail or a phone number (400) and privacy consent (422)', async () => {
    const anonymous = await upsert({ name: 'Niemand', privacyConsent: true });
    expect(anonymous.status).toBe(400);
    expect(problemFields(anonymous)).toEqual(['email']);
    const noConsent = await upsert(person({ privacyConsent: false }));
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.reason).toBe('consent_required');
  });

  it('refuses a body that is not JSON (415, 400)', async () => {
    const plain = await call('POST', '/v2/candidates/upsert', { body: 'naam=x', headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    const broken = await call('POST', '/v2/candidates/upsert', { body: '{"name":' });
    expect(broken.status).toBe(400);
  });

  it('makes exactly one candidate of 10 concurrent upserts for one new e-mail', async () => {
    const email = uniqueEmail('tegelijk');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => upsert(person({ email: i % 2 ? email.toUpperCase() : email, name: `Tegelijk ${i}` }))));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 10 }, () => 202));
    expect(new Set(answers.map((answer) => answer.body.data.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.body.data.created)).toHaveLength(1);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
    // Concurrent requests make the Functions emulator start a worker each: slow on a busy machine.
  }, 120_000);

  it('replays a retry with the same Idempotency-Key, and refuses the key for another body (422)', async () => {
    const idempotencyKey = randomUUID();
    const email = uniqueEmail('retry');
    const body = person({ email });
    const first = await upsert(body, { 'Idempotency-Key': idempotencyKey });
    expect(first.status).toBe(202);
    const before = (await adminDb.collection('candidates').where('homeRegionId', '==', region).count().get()).data().count;
    const retry = await upsert(body, { 'Idempotency-Key': idempotencyKey });
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await adminDb.collection('candidates').where('homeRegionId', '==', region).count().get()).data().count).toBe(before);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
    const reused = await upsert(person({ email: uniqueEmail('ander') }), { 'Idempotency-Key': idempotencyKey });
    expect(reused.status).toBe(422);
    expect(reused.body.reason).toBe('idempotency_key_reused');
  });
});

describe('PATCH /v2/candidates/{id}', () => {
  async function fresh(overrides: Record<string, unknown> = {}) {
    const created = await upsert(person({ phone: '06-1111 2222', sectors: ['po', 'vo'], motivation: 'Lesgeven.', customFields: { hoe_gevonden: 'Website', uren: 24 }, ...overrides }));
    return created.body.data.id;
  }

  it('changes only sent fields: null clears, lists are replaced, custom fields merge', async () => {
    const id = await fresh();
    const answer = await call<{ id: string; updatedAt: string }>('PATCH', `/v2/candidates/${id}`, {
      body: { phone: null, sectors: ['mbo'], place: 'Deventer', postcode: '7411ab', customFields: { uren: null, hoe_gevonden: 'Informatieavond' } },
    });
    expect(answer.status).toBe(202);
    expect(answer.body.data.id).toBe(id);
    const data = (await adminDb.doc(`candidates/${id}`).get()).data()!;
    expect(data).toMatchObject({ name: 'Noor Test', phone: null, sectors: ['mbo'], place: 'Deventer', postcode: '7411 AB', motivation: 'Lesgeven.', customFields: { hoe_gevonden: 'Informatieavond' }, updatedBy: `api:${keyId}` });
    expect(data.customFields).not.toHaveProperty('uren');
    expect((data.updatedAt as { toDate(): Date }).toDate().toISOString()).toBe(answer.body.data.updatedAt);
  });

  it('moves the journey: a new phase restarts phaseSince, exited records a reason', async () => {
    const id = await fresh();
    const before = (await adminDb.doc(`candidates/${id}`).get()).get('phaseSince') as { toMillis(): number };
    expect((await call('PATCH', `/v2/candidates/${id}`, { body: { phase: 'orientation', status: 'exited' } })).status).toBe(202);
    const data = (await adminDb.doc(`candidates/${id}`).get()).data()!;
    expect(data).toMatchObject({ phase: 'orientation', status: 'exited', exitReason: 'other' });
    expect((data.phaseSince as { toMillis(): number }).toMillis()).toBeGreaterThan(before.toMillis());
    await call('PATCH', `/v2/candidates/${id}`, { body: { status: 'active' } });
    expect((await adminDb.doc(`candidates/${id}`).get()).get('exitReason')).toBeNull();
  });

  it('refuses clearing required fields, unknown fields and an empty patch (400), changing nothing', async () => {
    const id = await fresh();
    const cleared = await call('PATCH', `/v2/candidates/${id}`, { body: { name: null, status: null, place: 'Ede' } });
    expect(cleared.status).toBe(400);
    expect(problemFields(cleared)).toEqual(['name', 'status']);
    const unknown = await call('PATCH', `/v2/candidates/${id}`, { body: { ownerUid: 'someone', homeRegionId: otherRegion } });
    expect(unknown.status).toBe(400);
    expect(problemFields(unknown)).toEqual(['homeRegionId', 'ownerUid']);
    expect((await call('PATCH', `/v2/candidates/${id}`, { body: {} })).status).toBe(400);
    const custom = await call('PATCH', `/v2/candidates/${id}`, { body: { customFields: { kleur: 'blauw' } } });
    expect(problemFields(custom)).toEqual(['customFields.kleur']);
    expect((await adminDb.doc(`candidates/${id}`).get()).get('place')).toBe('Arnhem');
  });

  it("refuses an e-mail address another candidate of the region has (409), changing nothing", async () => {
    const taken = uniqueEmail('bezet');
    // Phones of their own: an upsert matches on phone too, and would update instead of create.
    const phone = () => `06-${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await fresh({ email: taken, phone: phone() });
    const id = await fresh({ phone: phone() });
    const answer = await call('PATCH', `/v2/candidates/${id}`, { body: { email: taken.toUpperCase(), place: 'Ede' } });
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toBe('email_taken');
    expect((await adminDb.doc(`candidates/${id}`).get()).get('place')).toBe('Arnhem');
    expect(await candidatesWithEmail(taken)).toHaveLength(1);
    const own = (await adminDb.doc(`candidates/${id}`).get()).get('email') as string;
    expect((await call('PATCH', `/v2/candidates/${id}`, { body: { email: own, place: 'Ede' } })).status).toBe(202);
  });

  it("answers 404 for another region's candidate and changes nothing", async () => {
    const answer = await call('PATCH', '/v2/candidates/v2-elsewhere', { body: { place: 'Ede' } });
    expect(answer.status).toBe(404);
    expect((await adminDb.doc('candidates/v2-elsewhere').get()).get('place')).toBe('Nijmegen');
  });

  it('refuses a change on a stale If-Match version (412) and accepts the current one', async () => {
    const id = await fresh();
    const read = await call<{ updatedAt: string }>('GET', `/v2/candidates/${id}`);
    const version = read.body.data.updatedAt;
    const first = await call<{ updatedAt: string }>('PATCH', `/v2/candidates/${id}`, { body: { place: 'Ede' }, headers: { 'If-Match': `"${version}"` } });
    expect(first.status).toBe(202);
    const stale = await call('PATCH', `/v2/candidates/${id}`, { body: { place: 'Wageningen' }, headers: { 'If-Match': version } });
    expect(stale.status).toBe(412);
    expect(stale.body.reason).toBe('precondition_failed');
    expect((await adminDb.doc(`candidates/${id}`).get()).get('place')).toBe('Ede');
    const current = await call('PATCH', `/v2/candidates/${id}`, { body: { place: 'Wageningen' }, headers: { 'If-Match': first.body.data.updatedAt } });
    expect(current.status).toBe(202);
  });

  it('loses no change when several clients patch different fields at once', async () => {
    const id = await fresh();
    const patches = [{ place: 'Tiel' }, { address: 'Dorpsstraat 1' }, { motivation: 'Nieuw.' }, { notes: 'Belt terug.' }, { subjects: ['wiskunde'] }, { priorEducation: 'hbo_bachelor' }];
    const answers = await Promise.all(patches.map((body) => call('PATCH', `/v2/candidates/${id}`, { body })));
    expect(answers.map((answer) => answer.status)).toEqual(patches.map(() => 202));
    expect((await adminDb.doc(`candidates/${id}`).get()).data()).toMatchObject(Object.assign({}, ...patches) as Record<string, unknown>);
  }, 120_000);
});

describe('/v2/candidates/{id}/interactions', () => {
  it('adds interactions, lists them newest first and moves lastContactAt forward only', async () => {
    const { body } = await upsert(person());
    const id = body.data.id;
    const older = await call<{ id: string }>('POST', `/v2/candidates/${id}/interactions`, { body: { type: 'phone', performedAt: '2026-10-01', summary: 'Eerste belletje', durationMinutes: 15 } });
    expect(older.status).toBe(202);
    const newer = await call<{ id: string }>('POST', `/v2/candidates/${id}/interactions`, { body: { type: 'advice_conversation', performedAt: '2026-11-02T10:30:00+01:00', notes: 'Over de zij-instroom.' } });
    expect(newer.status).toBe(202);
    const oldest = await call('POST', `/v2/candidates/${id}/interactions`, { body: { type: 'email', performedAt: '2026-09-01' } });
    expect(oldest.status).toBe(202);

    const list = await call<Array<Record<string, unknown>>>('GET', `/v2/candidates/${id}/interactions`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((interaction) => interaction.performedAt)).toEqual(['2026-11-02T09:30:00.000Z', '2026-10-01T12:00:00.000Z', '2026-09-01T12:00:00.000Z']);
    expect(list.body.data[0]).toEqual({ id: newer.body.data.id, type: 'advice_conversation', performedAt: '2026-11-02T09:30:00.000Z', summary: 'Contact (API)', notes: 'Over de zij-instroom.', durationMinutes: null });
    expect(list.body.data[1]).toMatchObject({ id: older.body.data.id, type: 'phone', summary: 'Eerste belletje', durationMinutes: 15 });

    const stored = (await adminDb.doc(`candidates/${id}/interactions/${older.body.data.id}`).get()).data()!;
    expect(stored).toMatchObject({ authorUid: `api:${keyId}`, authorName: 'Website (API)', regionId: region, organisationId: null });
    const lastContactAt = (await adminDb.doc(`candidates/${id}`).get()).get('lastContactAt') as { toDate(): Date };
    expect(lastContactAt.toDate().toISOString()).toBe('2026-11-02T09:30:00.000Z');
  });

  it('needs a type and performedAt (400, each named)', async () => {
    const missing = await call('POST', '/v2/candidates/v2-seed-0/interactions', { body: { summary: 'Gesprek', kanaal: 'x' } });
    expect(missing.status).toBe(400);
    expect(problemFields(missing)).toEqual(['kanaal', 'performedAt', 'type']);
    const badType = await call('POST', '/v2/candidates/v2-seed-0/interactions', { body: { type: 'Telefonisch', performedAt: '2026-10-01' } });
    expect(problemFields(badType)).toEqual(['type']);
  });

  it("answers 404 for another region's candidate, listing and adding alike", async () => {
    expect((await call('GET', '/v2/candidates/v2-elsewhere/interactions')).status).toBe(404);
    expect((await call('POST', '/v2/candidates/v2-elsewhere/interactions', { body: { type: 'phone', performedAt: '2026-10-01' } })).status).toBe(404);
    expect((await adminDb.collection('candidates/v2-elsewhere/interactions').get()).size).toBe(0);
  });

  it('adds one interaction for a retried POST with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': randomUUID() };
    const body = { type: 'in_person', performedAt: '2026-10-05', summary: 'Op de informatieavond' };
    const first = await call<{ id: string }>('POST', '/v2/candidates/v2-seed-0/interactions', { body, headers });
    const retry = await call<{ id: string }>('POST', '/v2/candidates/v2-seed-0/interactions', { body, headers });
    expect(first.status).toBe(202);
    expect(retry.body.data.id).toBe(first.body.data.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const stored = await adminDb.collection('candidates/v2-seed-0/interactions').where('summary', '==', 'Op de informatieavond').get();
    expect(stored.size).toBe(1);
  });
});

describe('rate limit', () => {
  it("answers 429 with Retry-After past the key's limit", async () => {
    const { key: slowKey } = await createTestApiKey(adminDb, region, { rateLimitPerMinute: 2 });
    // Five calls span at most one minute boundary, so one window sees at least three.
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) answers.push(await call('GET', '/v2/candidates?pageSize=1', { apiKey: slowKey }));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 429)).toBe(true);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
