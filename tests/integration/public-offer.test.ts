// The public offer API for websites and the registration trigger, against the real emulators:
// the `api` function called as the Hosting rewrite would (`/api/public/v1/...`).
import {
  interactionSchema,
  publicActivityListSchema,
  publicRegistrationInputSchema,
  publicVacancyListSchema,
  registrationSchema,
  type Activity,
  type Vacancy,
} from '@koers/domain';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerVisitor } from '../../functions/src/offer/register-visitor.js';
import { syncRegistrationInteraction } from '../../functions/src/offer/registration-sync.js';
import { adminDb, clearEmulators, createRegion, makeCandidate, plain, waitFor } from './helpers.js';

const origin = process.env.KOERS_FUNCTIONS_ORIGIN;
if (!origin) throw new Error('KOERS_FUNCTIONS_ORIGIN is not set: run the integration tests through scripts/with-emulators.mjs');
const api = `${origin}/api/public/v1/regions`;

const day = 24 * 60 * 60_000;
/** Triggers may start cold (the Functions emulator starts a worker per function): up to a minute. */
const triggerWait = 60_000;
const inDays = (days: number) => new Date(Date.now() + days * day);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const contactName = 'Zz Geheime Contactpersoon';
const contactEmail = 'geheim.contact@klimop.example';
const stamps = { createdAt: new Date('2026-10-01T08:00:00Z'), createdBy: 'uid-secret-adviser', updatedAt: new Date('2026-10-01T08:00:00Z'), updatedBy: 'uid-secret-adviser' };

function activity(overrides: Partial<Activity> = {}): Activity {
  return {
    kind: 'information_meeting',
    title: 'Informatieavond',
    description: 'Over de overstap naar het onderwijs.',
    startsAt: inDays(10),
    endsAt: new Date(inDays(10).getTime() + 2 * 60 * 60_000),
    location: 'Nijmegen',
    online: false,
    capacity: null,
    published: true,
    crossRegional: false,
    registrationCount: 0,
    ...stamps,
    ...overrides,
  };
}

function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    organisationId: 'nij-klimop',
    title: 'Leerkracht groep 5',
    sector: 'po',
    subjects: ['groepsleerkracht_po'],
    hoursPerWeek: 32,
    lateralEntry: true,
    closingDate: isoDay(inDays(30)),
    description: 'Een mooie school.',
    published: true,
    ...stamps,
    ...overrides,
  };
}

const activityRef = (regionId: string, id: string) => adminDb.doc(`regions/${regionId}/activities/${id}`);
const registrationsOf = async (regionId: string, id: string) => (await activityRef(regionId, id).collection('registrations').get()).docs;

/** Each test posts from its own address, so the per-address limit only bites where it is tested. */
function visitor() {
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
  return (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
}

const person = (n: number | string, overrides: Record<string, unknown> = {}) => ({
  name: `Bezoeker ${n}`,
  email: `bezoeker${n}@example.nl`,
  phone: '',
  privacyConsent: true,
  website: '',
  elapsedMs: 12_000,
  ...overrides,
});

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen', ['nij-klimop']);
  await createRegion('midden-brabant');
  await createRegion('kennemerland-amsterdam');
  await createRegion('strikt');
  const batch = adminDb.batch();
  batch.update(adminDb.doc('regions/kennemerland-amsterdam'), { participating: false });
  batch.update(adminDb.doc('regions/strikt'), { 'settings.allowedOrigins': ['https://school.example'] });
  batch.set(adminDb.doc('regions/nijmegen/organisations/nij-klimop'), {
    type: 'school',
    name: 'Kindcentrum De Klimop',
    sectors: ['po'],
    address: 'Geheimstraat 12',
    postcode: '6511 ZZ',
    place: 'Nijmegen',
    brin: '99ZZ',
    boardId: null,
    website: 'https://klimop.example',
  });
  batch.set(adminDb.doc('regions/nijmegen/contacts/nij-contact'), { organisationId: 'nij-klimop', name: contactName, jobTitle: 'Directeur', email: contactEmail, phone: '024-1234567' });
  batch.set(activityRef('nijmegen', 'open'), activity({ title: 'Zz Open avond', capacity: 3, startsAt: inDays(5), endsAt: inDays(5.1) }));
  batch.set(activityRef('nijmegen', 'draft'), activity({ title: 'Zz Concept', published: false }));
  batch.set(activityRef('nijmegen', 'past'), activity({ title: 'Zz Voorbij', startsAt: inDays(-3), endsAt: inDays(-2.9) }));
  batch.set(activityRef('nijmegen', 'running'), activity({ title: 'Zz Loopt nu', startsAt: inDays(-0.1), endsAt: inDays(0.2) }));
  batch.set(activityRef('nijmegen', 'free'), activity({ title: 'Zz Webinar', online: true, location: '', startsAt: inDays(20), endsAt: inDays(20.05) }));
  batch.set(activityRef('midden-brabant', 'cross'), activity({ title: 'Zz Landelijke dag', crossRegional: true, startsAt: inDays(7), endsAt: inDays(7.2) }));
  batch.set(activityRef('midden-brabant', 'local'), activity({ title: 'Zz Alleen Brabant', startsAt: inDays(6), endsAt: inDays(6.2) }));
  batch.set(activityRef('kennemerland-amsterdam', 'quiet'), activity({ title: 'Zz Niet deelnemend', crossRegional: true }));
  batch.set(activityRef('strikt', 'strict-open'), activity({ title: 'Zz Strikt' }));
  batch.set(adminDb.doc('regions/nijmegen/vacancies/open'), vacancy());
  batch.set(adminDb.doc('regions/nijmegen/vacancies/no-closing'), vacancy({ title: 'Zz Docent wiskunde', sector: 'vo', subjects: ['wiskunde'], closingDate: null }));
  batch.set(adminDb.doc('regions/nijmegen/vacancies/draft'), vacancy({ title: 'Zz Conceptvacature', published: false }));
  batch.set(adminDb.doc('regions/nijmegen/vacancies/closed'), vacancy({ title: 'Zz Gesloten', closingDate: isoDay(inDays(-2)) }));
  await batch.commit();
});

describe('GET activities', () => {
  it("lists the region's published, not-ended activities and other regions' cross-regional ones, by start; never drafts or private fields", async () => {
    const response = await fetch(`${api}/nijmegen/activities`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    const body = publicActivityListSchema.parse(JSON.parse(text));
    expect(body.activities.map((item) => [item.regionId, item.id])).toEqual([
      ['nijmegen', 'running'],
      ['nijmegen', 'open'],
      ['midden-brabant', 'cross'],
      ['nijmegen', 'free'],
    ]);
    expect(body.activities.find((item) => item.id === 'open')).toMatchObject({ capacity: 3, placesLeft: 3, title: 'Zz Open avond' });
    for (const secret of ['Zz Concept', 'Zz Voorbij', 'Zz Alleen Brabant', 'Zz Niet deelnemend', 'uid-secret-adviser', 'published', 'registrationCount', contactEmail, contactName]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers with CORS for every origin, cache headers and an ETag, and 304 for a matching If-None-Match', async () => {
    const first = await fetch(`${api}/nijmegen/activities`, { headers: { origin: 'https://any-school.example' } });
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    await first.arrayBuffer();

    const again = await fetch(`${api}/nijmegen/activities`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await activityRef('nijmegen', 'free').update({ title: 'Zz Webinar (nieuwe titel)' });
    const changed = await fetch(`${api}/nijmegen/activities`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(JSON.stringify(await changed.json())).toContain('Zz Webinar (nieuwe titel)');
  });

  it('answers the preflight of any origin', async () => {
    const response = await fetch(`${api}/nijmegen/activities`, {
      method: 'OPTIONS',
      headers: { origin: 'https://any-school.example', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers an unknown region with a JSON 404', async () => {
    for (const path of ['nergens/activities', 'nergens/vacancies', 'NOT..valid/activities']) {
      const response = await fetch(`${api}/${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ statusCode: 404, message: 'Region not found' });
    }
  });
});

describe('GET vacancies', () => {
  it('lists published vacancies that have not closed, with the school\'s public fields only', async () => {
    const response = await fetch(`${api}/nijmegen/vacancies`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('etag')).toBeTruthy();
    const text = await response.text();
    const body = publicVacancyListSchema.parse(JSON.parse(text));
    expect(body.vacancies.map((item) => item.id)).toEqual(['open', 'no-closing']);
    expect(body.vacancies[0]!.school).toEqual({ name: 'Kindcentrum De Klimop', place: 'Nijmegen', type: 'school', website: 'https://klimop.example' });
    for (const secret of ['Zz Conceptvacature', 'Zz Gesloten', 'Geheimstraat', '6511 ZZ', '99ZZ', 'uid-secret-adviser', 'nij-klimop', contactEmail, contactName, '024-1234567']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('POST registrations: refusals write nothing', () => {
  it('refuses a wrong content type (415), bad JSON (400), a large body (413) and invalid fields (400, each named)', async () => {
    const post = visitor();
    expect((await post('nijmegen/activities/open/registrations', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);

    // Malformed JSON is refused by the platform's body parser before the function runs.
    expect((await post('nijmegen/activities/open/registrations', '{"name": "Sanne",')).status).toBe(400);

    expect((await post('nijmegen/activities/open/registrations', person('groot', { name: 'x'.repeat(70_000) }))).status).toBe(413);

    const invalid = await post('nijmegen/activities/open/registrations', { email: 'geen-adres', privacyConsent: false, phone: 'bel me', elapsedMs: 10_000 });
    expect(invalid.status).toBe(400);
    const problems = ((await invalid.json()) as { problems: Array<{ field: string }> }).problems.map((problem) => problem.field).sort();
    expect(problems).toEqual(['email', 'name', 'phone', 'privacyConsent']);

    expect(await registrationsOf('nijmegen', 'open')).toHaveLength(0);
  });

  it('refuses a filled honeypot and a form sent too fast with 422, and writes nothing', async () => {
    const post = visitor();
    for (const body of [person('bot', { website: 'https://spam.example' }), person('snel', { elapsedMs: 300 })]) {
      const response = await post('nijmegen/activities/free/registrations', body);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ reason: 'form_guard' });
    }
    expect(await registrationsOf('nijmegen', 'free')).toHaveLength(0);
  });

  it('answers 404 for unknown, draft and other-region activities, 409 for a started one', async () => {
    const post = visitor();
    for (const path of ['nijmegen/activities/nope', 'nijmegen/activities/draft', 'nergens/activities/open']) {
      expect((await post(`${path}/registrations`, person('x'))).status, path).toBe(404);
    }
    const started = await post('nijmegen/activities/running/registrations', person('laat'));
    expect(started.status).toBe(409);
    expect(await started.json()).toMatchObject({ reason: 'started' });
    expect(await registrationsOf('nijmegen', 'draft')).toHaveLength(0);
    expect(await registrationsOf('nijmegen', 'running')).toHaveLength(0);
  });

  it('limits posts per address: the eleventh within ten minutes gets 429 with Retry-After', async () => {
    const post = visitor();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post('nijmegen/activities/nope/registrations', person(`limiet${i}`))).status);
    expect(statuses.every((status) => status === 404)).toBe(true);
    const limited = await post('nijmegen/activities/free/registrations', person('limiet-11'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another visitor is not affected.
    expect((await visitor()('nijmegen/activities/nope/registrations', person('ander'))).status).toBe(404);
    const stored = await adminDb.collection('publicRateLimits').get();
    for (const doc of stored.docs) expect(JSON.stringify(doc.data())).not.toContain('198.51.100');
  });
});

describe('POST registrations: CORS', () => {
  it("allows only the region's listed origins when it lists any (preflight and POST)", async () => {
    const preflight = (from: string) =>
      fetch(`${api}/strikt/activities/strict-open/registrations`, { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'POST' } });
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await preflight('https://school.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://school.example');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');

    const post = visitor();
    expect((await post('strikt/activities/strict-open/registrations', person('evil'), { origin: 'https://evil.example' })).status).toBe(403);
    const ok = await post('strikt/activities/strict-open/registrations', person('school'), { origin: 'https://school.example' });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://school.example');
    expect((await registrationsOf('strikt', 'strict-open')).map((doc) => doc.get('email'))).toEqual(['bezoekerschool@example.nl']);
  });

  it('allows every origin while the region lists none', async () => {
    const response = await fetch(`${api}/nijmegen/activities/free/registrations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://any-school.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://any-school.example');
  });
});

describe('POST registrations: capacity and duplicates', () => {
  it('never exceeds the capacity under concurrent registrations: 5 at once for 3 places gives exactly 3', async () => {
    // The guarantee is registerVisitor's transaction, run here five times at once against the
    // real Firestore emulator (the Functions emulator starts one worker process per concurrent
    // request, which on a loaded machine does not come up in time, so not through HTTP).
    const now = new Date();
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => registerVisitor(adminDb, 'nijmegen', 'open', publicRegistrationInputSchema.parse(person(`druk${n}`)), now)),
    );
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['full', 'full', 'registered', 'registered', 'registered']);
    const stored = await registrationsOf('nijmegen', 'open');
    expect(stored).toHaveLength(3);
    for (const doc of stored) {
      expect(registrationSchema.parse(plain(doc.data()))).toMatchObject({ source: 'website', registeredBy: 'website', status: 'registered', candidateId: null });
    }
    await waitFor(async () => (await activityRef('nijmegen', 'open').get()).get('registrationCount') === 3, 'registrationCount 3');

    // Over HTTP, the next visitor hears that it is full, and the list shows no places left.
    const full = await visitor()('nijmegen/activities/open/registrations', person('druk6'));
    expect(full.status).toBe(409);
    expect(await full.json()).toMatchObject({ reason: 'full', message: 'The activity is full' });
    expect(await registrationsOf('nijmegen', 'open')).toHaveLength(3);
    const list = publicActivityListSchema.parse(await (await fetch(`${api}/nijmegen/activities`)).json());
    expect(list.activities.find((item) => item.id === 'open')?.placesLeft).toBe(0);
  });

  it('keeps one registration when the same e-mail registers twice (in any case)', async () => {
    const post = visitor();
    const first = await post('nijmegen/activities/free/registrations', person('dubbel', { email: 'Dubbel@Example.nl' }));
    expect(first.status).toBe(201);
    const second = await post('nijmegen/activities/free/registrations', person('dubbel', { email: ' dubbel@example.NL ' }));
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ status: 'already_registered' });
    const stored = (await registrationsOf('nijmegen', 'free')).filter((doc) => doc.get('email') === 'dubbel@example.nl');
    expect(stored).toHaveLength(1);
  });
});

describe('the registration trigger', () => {
  it("links a known candidate's registration, adds it to their contact history and moves lastContactAt", async () => {
    const candidate = makeCandidate({ name: 'Zz Bekende Kandidaat', email: 'Bekend@Example.nl', lastContactAt: new Date('2026-01-01T09:00:00Z') });
    await adminDb.doc('candidates/bekend').set(candidate);
    await waitFor(async () => (await adminDb.doc('regions/nijmegen/candidateIndex/bekend').get()).exists, 'the candidate index entry', triggerWait);

    const response = await visitor()('nijmegen/activities/free/registrations', person('bekend', { email: 'bekend@example.nl', name: 'Bekende Kandidaat' }));
    expect(response.status).toBe(201);
    const [registration] = (await registrationsOf('nijmegen', 'free')).filter((doc) => doc.get('email') === 'bekend@example.nl');
    expect(registration?.get('candidateId')).toBe('bekend');

    const interactions = await waitFor(async () => {
      const snapshot = await adminDb.collection('candidates/bekend/interactions').get();
      return snapshot.size > 0 ? snapshot.docs : null;
    }, 'the interaction', triggerWait);
    expect(interactions).toHaveLength(1);
    const entry = interactionSchema.parse(plain(interactions[0]!.data()));
    expect(entry).toMatchObject({ kind: 'activity_registration', regionId: 'nijmegen', authorUid: 'website', authorName: 'Website', organisationId: null });
    expect(entry.summary).toMatch(/^Aangemeld voor "Zz Webinar \(nieuwe titel\)" van .* \(via de website\)$/);
    const registeredAt = (plain(registration!.data()) as { registeredAt: Date }).registeredAt;
    expect(entry.performedAt).toEqual(registeredAt);
    await waitFor(async () => (plain((await adminDb.doc('candidates/bekend').get()).get('lastContactAt')) as Date).getTime() === registeredAt.getTime(), 'lastContactAt moved', triggerWait);
    // The dossier change is audited by the candidate trigger, as the website.
    await waitFor(async () => {
      const audit = await adminDb.collection('candidates/bekend/audit').where('actor', '==', 'website').get();
      return audit.docs.some((doc) => (doc.get('changedFields') as string[]).includes('lastContactAt'));
    }, 'the audit entry of lastContactAt', triggerWait);

    // A status change follows into the summary; running the sync again changes nothing.
    await registration!.ref.update({ status: 'attended' });
    await waitFor(async () => String((await interactions[0]!.ref.get()).get('summary')).startsWith('Aanwezig geweest bij'), 'the attended summary', triggerWait);
    expect(await syncRegistrationInteraction(adminDb, 'nijmegen', 'free', registration!.id, new Date())).toBe('unchanged');
    expect((await adminDb.collection('candidates/bekend/interactions').get()).size).toBe(1);
  }, 240_000);

  it("keeps registrationCount for an adviser's registrations and names the adviser in the history", async () => {
    await adminDb.doc('regions/nijmegen/members/uid-adviseur').set({ uid: 'uid-adviseur', email: 'a@example.nl', displayName: 'Adviseur Anna', role: 'adviser', grantedBy: 'fixture', grantedAt: new Date() });
    const candidate = makeCandidate({ name: 'Zz Adviseurkandidaat', email: 'via-adviseur@example.nl' });
    await adminDb.doc('candidates/via-adviseur').set(candidate);
    await activityRef('nijmegen', 'count').set(activity({ title: 'Zz Meeloopdag', kind: 'shadow_day', capacity: 10 }));
    const registrations = activityRef('nijmegen', 'count').collection('registrations');
    const base = { phone: null, status: 'registered', source: 'adviser', registeredAt: new Date(), registeredBy: 'uid-adviseur' } as const;
    await registrations.doc('r1').set({ ...base, candidateId: 'via-adviseur', name: 'Zz Adviseurkandidaat', email: 'via-adviseur@example.nl' });
    await registrations.doc('r2').set({ ...base, candidateId: null, name: 'Onbekend', email: 'onbekend@example.nl' });
    await registrations.doc('r3').set({ ...base, candidateId: null, name: 'Afgemeld', email: 'afgemeld@example.nl', status: 'cancelled' });
    await waitFor(async () => (await activityRef('nijmegen', 'count').get()).get('registrationCount') === 2, 'registrationCount 2', triggerWait);

    const interaction = await waitFor(async () => (await adminDb.collection('candidates/via-adviseur/interactions').get()).docs[0], 'the interaction', triggerWait);
    expect(interaction.get('authorName')).toBe('Adviseur Anna');
    expect(interaction.get('authorUid')).toBe('uid-adviseur');
    expect(interaction.get('summary')).toMatch(/^Aangemeld voor "Zz Meeloopdag"/);

    await registrations.doc('r2').update({ status: 'cancelled' });
    await waitFor(async () => (await activityRef('nijmegen', 'count').get()).get('registrationCount') === 1, 'registrationCount 1 after a cancellation', triggerWait);
    await registrations.doc('r1').delete();
    await waitFor(async () => (await activityRef('nijmegen', 'count').get()).get('registrationCount') === 0, 'registrationCount 0 after a deletion', triggerWait);
    // The history keeps the entry.
    expect((await adminDb.collection('candidates/via-adviseur/interactions').get()).size).toBe(1);
  }, 240_000);
});
