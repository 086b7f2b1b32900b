// The pilot-compatible v1 API against the real emulators: the `api` function called as a
// region's website calls it, with an API key. Covers every error class of the issue, safe
// retries with Idempotency-Key, concurrent duplicates and the follow-up of a new candidate.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyGrant, emptyAccess, fromPilotCandidate, pilotCandidateSchema } from '@koers/domain';
import { intakeCandidate } from '../../functions/src/intake/intake-candidate.js';
import { mailId } from '../../functions/src/notifications/notify.js';
import { createTestApiKey } from './api-key-helpers.js';
import { adminAuth, adminDb, clearEmulators, createRegion, waitFor } from './helpers.js';

const origin = process.env.KOERS_FUNCTIONS_ORIGIN;
if (!origin) throw new Error('KOERS_FUNCTIONS_ORIGIN is not set: run the integration tests through scripts/with-emulators.mjs');
const api = `${origin}/api`;
const region = 'v1-noord';
const neighbour = 'v1-zuid';
const ownerUid = 'uid-intake-owner';
const examplePath = fileURLToPath(new URL('../../docs/examples/pilot-create-user.json', import.meta.url));
const curlScript = fileURLToPath(new URL('../../docs/examples/pilot-create-user.sh', import.meta.url));

let key = '';

function post(path: string, body: unknown, headers: Record<string, string> = {}, apiKey: string | null = key) {
  return fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'api-key': apiKey } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function person(overrides: Record<string, unknown> = {}) {
  return { naam: 'Piet Test', email: `piet.${randomUUID().slice(0, 8)}@example.org`, privacy_consent: true, plaats: 'Nijmegen', sector: ['Primair onderwijs'], ...overrides };
}

async function candidatesWithEmail(email: string) {
  const snapshot = await adminDb.collection('candidates').where('email', '==', email.toLowerCase()).get();
  return snapshot.docs;
}

async function regionCandidateCount(): Promise<number> {
  const snapshot = await adminDb.collection('candidates').where('homeRegionId', '==', region).count().get();
  return snapshot.data().count;
}

async function problemFields(response: Response): Promise<string[]> {
  const body = (await response.json()) as { problems: Array<{ field: string }> };
  return body.problems.map((problem) => problem.field);
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion(region);
  await createRegion(neighbour);
  await adminDb.doc(`regions/${region}`).update({
    municipalities: ['Nijmegen', 'Heumen'],
    'settings.senderName': 'Regioloket Noord',
    'settings.intakeOwnerUid': ownerUid,
    'settings.customFields': [{ name: 'hoe_gevonden', label: 'Hoe gevonden?', type: 'choice', options: ['Website', 'Informatieavond'], required: false }],
  });
  await adminDb.doc(`regions/${neighbour}`).update({ municipalities: ['Tilburg'] });
  // The owner's access document: notifications go only to existing accounts.
  await adminDb.doc(`users/${ownerUid}`).set(applyGrant(emptyAccess('owner@v1-noord.example.nl', 'Owner', new Date()), { kind: 'region', regionId: region, role: 'coordinator' }, new Date()));
  ({ key } = await createTestApiKey(adminDb, region));
});

describe('GET /v1/schema', () => {
  it("describes the shared fields, the interaction fields and the region's custom fields", async () => {
    const response = await fetch(`${api}/v1/schema`, { headers: { 'api-key': key } });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { candidateFields: Array<{ fieldName: string; required: boolean; options?: string[] }>; interactionFields: Array<{ fieldName: string }>; customFields: Array<{ fieldName: string; options?: string[] }> } };
    const required = data.candidateFields.filter((field) => field.required).map((field) => field.fieldName);
    expect(required.sort()).toEqual(['email', 'naam', 'privacy_consent']);
    expect(data.candidateFields.find((field) => field.fieldName === 'fase')?.options).toContain('oriënteren');
    expect(data.interactionFields.map((field) => field.fieldName)).toContain('uitgevoerd_op');
    expect(data.customFields).toEqual([expect.objectContaining({ fieldName: 'hoe_gevonden', options: ['Website', 'Informatieavond'] })]);
  });

  it('accepts the key in x-api-key too', async () => {
    const response = await fetch(`${api}/v1/schema`, { headers: { 'x-api-key': key } });
    expect(response.status).toBe(200);
  });
});

describe('API keys', () => {
  it('refuses a missing, an unknown and a revoked key with 401, writing nothing', async () => {
    const before = await regionCandidateCount();
    const { key: revoked } = await createTestApiKey(adminDb, region, { revoked: true });
    const missing = await post('/v1/create-user', person(), {}, null);
    const unknown = await post('/v1/create-user', person(), {}, 'koers_not-a-real-key');
    const gone = await post('/v1/create-user', person(), {}, revoked);
    expect([missing.status, unknown.status, gone.status]).toEqual([401, 401, 401]);
    expect(((await missing.json()) as { reason: string }).reason).toBe('missing_key');
    expect(((await unknown.json()) as { reason: string }).reason).toBe('unknown_key');
    expect(((await gone.json()) as { reason: string }).reason).toBe('revoked_key');
    expect(await regionCandidateCount()).toBe(before);
  });

  it('limits calls per key with 429 and Retry-After', async () => {
    const { key: slow } = await createTestApiKey(adminDb, region, { rateLimitPerMinute: 3 });
    // The limit counts per clock minute: start well inside one, so all five calls share it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 500));
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${api}/v1/schema`, { headers: { 'api-key': slow } });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('logs every call with key, time and outcome, and nothing personal', async () => {
    const { key: logged, keyId } = await createTestApiKey(adminDb, region);
    const email = `log.${randomUUID().slice(0, 8)}@example.org`;
    expect((await post('/v1/create-user', person({ email }), {}, logged)).status).toBe(201);
    expect((await post('/v1/create-user', person({ email, privacy_consent: false }), {}, logged)).status).toBe(422);
    const calls = await adminDb.collection(`regions/${region}/apiKeys/${keyId}/calls`).orderBy('at').get();
    expect(calls.docs.map((doc) => [doc.get('route'), doc.get('status'), doc.get('reason')])).toEqual([
      ['/v1/create-user', 201, null],
      ['/v1/create-user', 422, 'consent_required'],
    ]);
    for (const doc of calls.docs) expect(JSON.stringify(doc.data())).not.toContain(email.split('@')[0]);
  });
});

describe('POST /v1/create-user', () => {
  it('creates a candidate from a real-world pilot payload, then updates it when posted again', async () => {
    const payload = JSON.parse(await readFile(examplePath, 'utf8')) as Record<string, unknown>;
    const first = await post('/v1/create-user', payload);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { data: { id: string; created: boolean } };
    expect(created.data.created).toBe(true);

    const dossier = (await adminDb.doc(`candidates/${created.data.id}`).get()).data()!;
    expect(dossier).toMatchObject({
      name: 'Sanne de Vries',
      email: 'sanne.devries@example.org',
      phase: 'orientation',
      source: 'api',
      homeRegionId: region,
      regionIds: [region],
      sectors: ['vo', 'mbo'],
      priorEducation: 'wo_master',
      birthDate: '1988-03-14',
      customFields: { hoe_gevonden: 'Informatieavond' },
      ownerUid,
    });
    expect(dossier.consent).toMatchObject({ privacy: true, source: 'api' });
    const interactions = await adminDb.collection(`candidates/${created.data.id}/interactions`).get();
    expect(interactions.docs.map((doc) => doc.get('kind'))).toEqual(['activity_registration']);

    const again = await post('/v1/create-user', { ...payload, motivatie: 'Scheikunde en natuurkunde.' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: { id: string } }).data.id).toBe(created.data.id);
    expect(await candidatesWithEmail('sanne.devries@example.org')).toHaveLength(1);
    expect((await adminDb.doc(`candidates/${created.data.id}`).get()).get('motivation')).toBe('Scheikunde en natuurkunde.');
    expect((await adminDb.collection(`candidates/${created.data.id}/interactions`).get()).size).toBe(1);
  });

  it('queues a confirmation to the candidate, a note to the intake owner and a first-contact task', async () => {
    const email = `volg.${randomUUID().slice(0, 8)}@example.org`;
    const response = await post('/v1/create-user', person({ email }));
    const { data } = (await response.json()) as { data: { id: string } };
    const confirmation = (await adminDb.doc(`mail/intake-${data.id}-confirmation`).get()).data();
    expect(confirmation).toMatchObject({ to: [email], message: { subject: expect.stringContaining('Regioloket Noord') } });
    const notice = (await adminDb.doc(`users/${ownerUid}/notifications/intake-${data.id}`).get()).data()!;
    expect(notice).toMatchObject({ kind: 'intake', link: `/kandidaten/${data.id}`, email: 'immediate' });
    expect(JSON.stringify(notice)).not.toContain(email);
    const note = (await adminDb.doc(`mail/${mailId(ownerUid, `intake-${data.id}`, (notice.createdAt as { toDate(): Date }).toDate())}`).get()).data();
    expect(note).toMatchObject({ toUids: [ownerUid], meta: { kind: 'intake_notification' } });
    expect(JSON.stringify(note)).not.toContain(email);
    const task = (await adminDb.doc(`regions/${region}/tasks/intake-${data.id}`).get()).data();
    expect(task).toMatchObject({ assigneeUid: ownerUid, candidateId: data.id, done: false });

    // The candidate trigger invites the new candidate to self-service as well (once).
    await waitFor(async () => (await adminDb.doc(`mail/candidate-invite-${data.id}`).get()).exists, 'the self-service invitation', 60_000);

    // An update queues nothing new.
    await post('/v1/create-user', person({ email, telefoon: '0612345678' }));
    const mails = await adminDb.collection('mail').where('meta.candidateId', '==', data.id).get();
    expect(mails.size).toBe(3);
  }, 90_000);

  it("flags a candidate whose place lies in another region's service area, without duplicating", async () => {
    const response = await post('/v1/create-user', person({ plaats: 'Tilburg' }));
    const { data } = (await response.json()) as { data: { id: string } };
    const dossier = (await adminDb.doc(`candidates/${data.id}`).get()).data()!;
    expect(dossier.homeRegionId).toBe(region);
    expect(dossier.intakeRouting).toMatchObject({ municipality: 'Tilburg', suggestedRegionId: neighbour });
    const own = await post('/v1/create-user', person({ plaats: 'Nijmegen' }));
    const ownId = ((await own.json()) as { data: { id: string } }).data.id;
    expect((await adminDb.doc(`candidates/${ownId}`).get()).get('intakeRouting')).toBeNull();
  });

  it('answers each kind of bad input with 4xx naming the problem, and writes nothing', async () => {
    const before = await regionCandidateCount();
    // Malformed JSON never reaches the function: the platform's body parser answers 400 itself
    // (its own body, not ours), and nothing is written.
    const notJson = await post('/v1/create-user', '{"naam": "Piet",');
    expect(notJson.status).toBe(400);

    const wrongType = await fetch(`${api}/v1/create-user`, { method: 'POST', headers: { 'content-type': 'text/plain', 'api-key': key }, body: 'naam=Piet' });
    expect(wrongType.status).toBe(415);

    const missing = await post('/v1/create-user', { plaats: 'Nijmegen' });
    expect(missing.status).toBe(400);
    expect(await problemFields(missing)).toEqual(expect.arrayContaining(['naam', 'email', 'privacy_consent']));

    const unknown = await post('/v1/create-user', person({ lievelingskleur: 'blauw' }));
    expect(unknown.status).toBe(400);
    expect(await problemFields(unknown)).toEqual(['lievelingskleur']);

    const mistyped = await post('/v1/create-user', person({ sector: 'Primair onderwijs', privacy_consent: 'ja' }));
    expect(mistyped.status).toBe(400);
    expect(await problemFields(mistyped)).toEqual(expect.arrayContaining(['sector', 'privacy_consent']));

    const outside = await post('/v1/create-user', person({ fase: 'Nieuw', functie: ['Conciërge'] }));
    expect(outside.status).toBe(400);
    expect(await problemFields(outside)).toEqual(expect.arrayContaining(['fase', 'functie.0']));

    const badCustom = await post('/v1/create-user', person({ custom_fields: [{ field_name: 'schoenmaat', field_value: 42 }, { field_name: 'hoe_gevonden', field_value: 'Krant' }] }));
    expect(badCustom.status).toBe(400);
    expect(await problemFields(badCustom)).toEqual(['custom_fields.0.field_name', 'custom_fields.1.field_value']);

    const huge = await post('/v1/create-user', person({ motivatie: 'x'.repeat(70 * 1024) }));
    expect(huge.status).toBe(413);

    const noConsent = await post('/v1/create-user', person({ privacy_consent: false }));
    expect(noConsent.status).toBe(422);
    expect(await problemFields(noConsent)).toEqual(['privacy_consent']);

    expect(await regionCandidateCount()).toBe(before);
  });

  it('makes retries safe with Idempotency-Key', async () => {
    const body = person();
    const idempotencyKey = randomUUID();
    const first = await post('/v1/create-user', body, { 'idempotency-key': idempotencyKey });
    const retry = await post('/v1/create-user', body, { 'idempotency-key': idempotencyKey });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect(await candidatesWithEmail(body.email as string)).toHaveLength(1);

    const reused = await post('/v1/create-user', person(), { 'idempotency-key': idempotencyKey });
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { reason: string }).reason).toBe('idempotency_key_reused');
  });

  it('never makes two candidates of concurrent submissions for one e-mail', async () => {
    const email = `tegelijk.${randomUUID().slice(0, 8)}@example.org`;
    // Each concurrent request may start a fresh Functions emulator worker: allow for cold starts.
    const responses = await Promise.all(Array.from({ length: 4 }, (_, i) => post('/v1/create-user', person({ email: i % 2 ? email.toUpperCase() : email, naam: `Tegelijk ${i}` }))));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 201]);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  }, 120_000);

  it('keeps one dossier when many intakes for one person run at once', async () => {
    // The intake core itself, many times in parallel (more than the emulator's HTTP workers
    // would take at once): exactly one creates, the rest update.
    const email = `drukte.${randomUUID().slice(0, 8)}@example.org`;
    const services = { db: adminDb, auth: adminAuth, now: () => new Date() };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        intakeCandidate(services, { regionId: region, source: 'api', actor: 'api:test', candidate: fromPilotCandidate(pilotCandidateSchema.parse(person({ email, naam: `Drukte ${i}` }))) }),
      ),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.candidateId)).size).toBe(1);
    expect(await candidatesWithEmail(email)).toHaveLength(1);
    const tasks = await adminDb.collection(`regions/${region}/tasks`).where('candidateId', '==', results[0]!.candidateId).get();
    expect(tasks.size).toBe(1);
  }, 60_000);

  it('works with curl, as the pilot documentation shows it: create, then update', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, KOERS_API: api, KOERS_API_KEY: key };
    const email = (JSON.parse(await readFile(examplePath, 'utf8')) as { email: string }).email.toLowerCase();
    await Promise.all((await candidatesWithEmail(email)).map((doc) => doc.ref.delete()));
    const first = await run('sh', [curlScript], { env });
    const second = await run('sh', [curlScript], { env });
    expect(first.stdout.trim().split('\n').at(-1)).toBe('201');
    expect(second.stdout.trim().split('\n').at(-1)).toBe('200');
    expect(await candidatesWithEmail(email)).toHaveLength(1);
  }, 60_000);
});
