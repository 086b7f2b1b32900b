// Dashboards at scale: adds 10,000 dossiers with a year of journey history to Nijmegen, plus
// tasks, matches and activity registrations (admin writes, no triggers), then
//   (a) times a full recount of the region's aggregates (recomputeRegionAggregates) and reports
//       the documents it wrote and the largest aggregate document against Firestore's limits;
//   (b) signs in as Nijmegen's director in headless Chromium against the built app and reports
//       the reads and the time until the funnel shows, for the default period and 12 months.
// Run (the web build must use the same port offset as the emulators):
//   (cd web && npx vite build --mode emulator)
//   node scripts/with-emulators.mjs --only auth,firestore,hosting -- 'npx tsx scripts/seed.ts --reset && npx tsx bench/dashboard.ts'
// BENCH_CANDIDATES (10000), BENCH_RUNS (3), BENCH_BROWSER=0 to skip (b).
import {
  activitySchema,
  candidateContributions,
  candidateSchema,
  candidateSources,
  exitReasons,
  flattenContributions,
  matchSchema,
  phases,
  registrationSchema,
  sectors,
  subjects,
  taskSchema,
  type Candidate,
  type CandidateStatus,
  type MatchStatus,
  type Phase,
  type RegistrationStatus,
  type Sector,
  type Subject,
} from '@koers/domain';
import { chromium, type Page } from '@playwright/test';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import nl from '../web/src/locales/nl.json' with { type: 'json' };
import { recomputeRegionAggregates } from '../functions/src/aggregates/recompute.js';
import { fromFirestoreData } from '../functions/src/lib/firestore.js';
import { demoPassword } from '../scripts/seed/accounts.js';
import { emulatorTarget, withTriggersPaused } from '../scripts/seed/emulators.js';
import { keyedRandom, seedJourney } from '../scripts/seed/journeys.js';
import { bottlenecks } from '../scripts/seed/vocabulary.js';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.js';
import { documentSize } from './lib/document-size.js';
import { prng } from '../scripts/lib/prng.js';

const regionId = 'nijmegen';
const size = Number(process.env.BENCH_CANDIDATES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const tasks = 300;
const matches = 300;
const activities = 4;
const registrationsPerActivity = 100;
const day = 24 * 60 * 60 * 1000;
const now = new Date();

const target = emulatorTarget();
const db: Firestore = getFirestore(getApps()[0] ?? initializeApp({ projectId: target.projectId }));
const random = prng(size);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const chance = (p: number) => random() < p;
const daysAgo = (min: number, max: number) => new Date(now.getTime() - (min + random() * (max - min)) * day);

// The demo staff and ten more advisers: the owner slices of a region with a real team.
const owners = ['demo-adviser-nijmegen', 'demo-coordinator-nijmegen', ...Array.from({ length: 10 }, (_, i) => `bench-adviser-${i + 1}`)];

function benchCandidate(i: number): { id: string; candidate: Candidate } {
  const id = `bench-${String(i).padStart(5, '0')}`;
  const roll = random();
  const status: CandidateStatus = roll < 0.7 ? 'active' : roll < 0.78 ? 'paused' : roll < 0.9 ? 'started' : 'exited';
  const phase: Phase = status === 'started' ? 'preparation' : pick([...phases, 'interest', 'orientation', 'orientation', 'matching']);
  const createdAt = daysAgo(1, 365);
  const phaseSince = new Date(createdAt.getTime() + random() * (now.getTime() - day - createdAt.getTime()));
  const sectorSet: Sector[] = chance(0.15) ? [pick(sectors), pick(sectors)] : [pick(['po', 'po', 'vo', 'vo', 'mbo', ...sectors])];
  const primary = sectorSet.includes('po');
  const subjectSet: Subject[] = primary ? ['groepsleerkracht_po'] : [pick(subjects), ...(chance(0.3) ? [pick(subjects)] : [])];
  const exitReason = status === 'exited' ? (chance(0.9) ? pick(exitReasons) : null) : null;
  const drawn = candidateSchema.parse({
    name: `Bench Kandidaat ${i}`,
    email: `bench${i}@example.nl`,
    phone: null,
    linkedin: null,
    birthDate: null,
    address: null,
    postcode: null,
    place: pick(['Nijmegen', 'Wijchen', 'Beuningen', 'Druten', 'Heumen']),
    motivation: null,
    sectors: [...new Set(sectorSet)],
    functions: [chance(0.1) ? 'instructor' : 'teacher'],
    qualifications: [pick(['pabo', 'second_degree', 'first_degree', 'pdg', 'no_idea_yet'] as const)],
    subjects: [...new Set(subjectSet)],
    priorEducation: chance(0.9) ? pick(['hbo_bachelor', 'wo_master', 'wo_bachelor', 'mbo_4', 'hbo_master'] as const) : null,
    matchPreferences: null,
    phase,
    status,
    phaseSince,
    exitReason,
    ownerUid: chance(0.92) ? pick(owners) : null,
    homeRegionId: regionId,
    regionIds: [regionId],
    consent: { privacy: true, retainAfterProcess: false, givenAt: createdAt, withdrawnAt: null, source: 'intake_form', shareWithOrganisations: true },
    source: pick(candidateSources),
    tags: [],
    bottlenecks: chance(0.25) ? [pick(bottlenecks)] : [],
    customFields: {},
    notes: null,
    lastContactAt: chance(0.95) ? new Date(Math.max(createdAt.getTime(), now.getTime() - random() * 120 * day)) : null,
    authUid: null,
    introducedOrganisationIds: [],
    createdAt,
    createdBy: 'bench',
    updatedAt: phaseSince,
    updatedBy: 'bench',
  } satisfies Candidate);
  const journey = seedJourney(drawn, createdAt, phaseSince, keyedRandom(id));
  return { id, candidate: candidateSchema.parse({ ...drawn, journey }) };
}

function benchMatchSteps(): Array<{ status: MatchStatus; at: Date; by: string; note: null }> {
  const path: MatchStatus[] = ['proposed', 'accepted', 'conversation_requested', 'interview_planned', 'contract', 'started'];
  const length = 1 + Math.floor(random() * path.length);
  const statuses = path.slice(0, length);
  if (length < path.length && chance(0.3)) statuses.push(pick(['declined', 'withdrawn'] as const));
  let at = daysAgo(10, 360).getTime();
  return statuses.map((status) => {
    at += random() * 10 * day;
    return { status, at: new Date(Math.min(at, now.getTime())), by: 'demo-adviser-nijmegen', note: null };
  });
}

// Generating and writing: dossiers (with their index entries left out, the dashboard reads none),
// tasks, matches, activities and registrations.
let started = performance.now();
let journeySteps = 0;
await withTriggersPaused(target, async () => {
  const writer = db.bulkWriter({ throttling: false });
  for (let i = 0; i < size; i++) {
    const { id, candidate } = benchCandidate(i);
    journeySteps += candidate.journey!.length;
    void writer.set(db.doc(`candidates/${id}`), candidate);
  }
  for (let i = 0; i < tasks; i++) {
    const createdAt = daysAgo(1, 120);
    const done = chance(0.5);
    const task = taskSchema.parse({
      title: 'Nabellen',
      candidateId: `bench-${String(Math.floor(random() * size)).padStart(5, '0')}`,
      assigneeUid: pick(owners),
      dueDate: new Date(now.getTime() + (random() * 40 - 20) * day).toISOString().slice(0, 10),
      done,
      doneAt: done ? new Date(createdAt.getTime() + random() * (now.getTime() - createdAt.getTime())) : null,
      createdAt,
      createdBy: 'bench',
      updatedAt: createdAt,
      updatedBy: 'bench',
    });
    void writer.set(db.doc(`regions/${regionId}/tasks/bench-task-${i}`), task);
  }
  for (let i = 0; i < matches; i++) {
    const steps = benchMatchSteps();
    const match = matchSchema.parse({
      candidateId: `bench-${String(Math.floor(random() * size)).padStart(5, '0')}`,
      candidateName: `Bench Kandidaat ${i}`,
      targetKind: 'school',
      organisationId: 'nij-kc-de-klimop',
      organisationName: 'Kindcentrum De Klimop',
      vacancyId: null,
      vacancyTitle: null,
      programmeId: null,
      programmeName: null,
      status: steps.at(-1)!.status,
      note: null,
      response: null,
      plannedAt: null,
      score: Math.round(random() * 100),
      reasons: [],
      proposedBy: 'demo-adviser-nijmegen',
      proposedByName: 'Thomas van den Berg',
      steps,
      createdAt: steps[0]!.at,
      updatedAt: steps.at(-1)!.at,
      updatedBy: 'demo-adviser-nijmegen',
    });
    void writer.set(db.doc(`regions/${regionId}/matches/bench-match-${i}`), match);
  }
  for (let a = 0; a < activities; a++) {
    const startsAt = daysAgo(0, 300);
    const held = startsAt < now;
    const statuses: RegistrationStatus[] = held ? ['attended', 'attended', 'attended', 'no_show'] : ['registered', 'registered', 'cancelled'];
    const registrations = Array.from({ length: registrationsPerActivity }, (_, r) =>
      registrationSchema.parse({
        candidateId: `bench-${String(a * registrationsPerActivity + r).padStart(5, '0')}`,
        name: `Bench Kandidaat ${a * registrationsPerActivity + r}`,
        email: `bench${a * registrationsPerActivity + r}@example.nl`,
        phone: null,
        status: pick(statuses),
        source: pick(['adviser', 'candidate', 'website'] as const),
        registeredAt: new Date(startsAt.getTime() - random() * 30 * day),
        registeredBy: 'bench',
      }),
    );
    const activity = activitySchema.parse({
      kind: pick(['information_meeting', 'webinar', 'shadow_day', 'open_day'] as const),
      title: `Bench-activiteit ${a + 1}`,
      description: 'Voor de benchmark.',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
      location: 'Online',
      online: true,
      capacity: null,
      published: false,
      crossRegional: false,
      registrationCount: registrations.filter((registration) => registration.status === 'registered' || registration.status === 'attended').length,
    });
    void writer.set(db.doc(`regions/${regionId}/activities/bench-activity-${a}`), activity);
    registrations.forEach((registration, r) => void writer.set(db.doc(`regions/${regionId}/activities/bench-activity-${a}/registrations/bench-${r}`), registration));
  }
  await writer.close();
});
console.log(
  `added ${size} dossiers (${journeySteps} journey steps), ${tasks} tasks, ${matches} matches, ${activities * registrationsPerActivity} registrations to ${regionId} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);

// (a) The recount. The first writes every ledger of the new sources; the second finds them
// unchanged and rewrites only the aggregate documents.
console.log('| recount of the region | sources | aggregate documents | ledgers written | time |');
console.log('|---|---|---|---|---|');
for (const label of ['first (new ledgers)', 'again (ledgers unchanged)']) {
  const result = await recomputeRegionAggregates(db, regionId, now);
  console.log(`| ${label} | ${result.sources} | ${result.documents} | ${result.ledgers} | ${(result.ms / 1000).toFixed(1)} s |`);
}

// Where the recount's time goes: reading the sources and the stored ledgers from the
// emulator, and the pure counting (the contributions in flat form) in this process.
started = performance.now();
const sourceDocs = await db.collection('candidates').where('regionIds', 'array-contains', regionId).get();
const readSources = performance.now() - started;
started = performance.now();
const storedLedgers = await db.collection(`regions/${regionId}/aggregateLedger`).get();
const readLedgers = performance.now() - started;
const cpu = process.cpuUsage();
started = performance.now();
const flat = sourceDocs.docs.map((doc) => flattenContributions(candidateContributions(candidateSchema.parse(fromFirestoreData(doc.data())))));
const counting = performance.now() - started;
const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
console.log(
  `\nparts: reading ${sourceDocs.size} dossiers ${(readSources / 1000).toFixed(1)} s, reading ${storedLedgers.size} ledgers ${(readLedgers / 1000).toFixed(1)} s, ` +
    `counting the dossiers ${(counting / 1000).toFixed(1)} s (${(cpuMs / 1000).toFixed(1)} s CPU, ${flat.reduce((sum, entries) => sum + Object.keys(entries).length, 0)} counts before summing)`,
);

const aggregates = await db.collection(`regions/${regionId}/aggregates`).get();
const sized = aggregates.docs.map((doc) => ({ id: doc.id, ...documentSize(doc.ref.path, doc.data()) }));
const byBytes = [...sized].sort((a, b) => b.bytes - a.bytes);
const byFields = [...sized].sort((a, b) => b.fields - a.fields);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`\n| aggregate document (of ${sized.length}) | size | fields | share of the 1 MiB / 20,000-field limits |`);
console.log('|---|---|---|---|');
for (const doc of [...new Set([...byBytes.slice(0, 3), byFields[0]!])]) {
  console.log(`| ${doc.id} | ${kib(doc.bytes)} | ${doc.fields} | ${((100 * doc.bytes) / 1_048_576).toFixed(0)}% / ${((100 * doc.fields) / 20_000).toFixed(0)}% |`);
}
const months = sized.filter((doc) => doc.id.startsWith('m-'));
const days = sized.filter((doc) => doc.id.startsWith('d-'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
console.log(`\nmonth documents: median ${kib(median(months.map((doc) => doc.bytes)))}, ${median(months.map((doc) => doc.fields))} fields; day documents: median ${kib(median(days.map((doc) => doc.bytes)))}`);
const ledgers = await db.collection(`regions/${regionId}/aggregateLedger`).limit(200).get();
const ledgerSizes = ledgers.docs.map((doc) => documentSize(doc.ref.path, doc.data()));
console.log(`ledger documents (200 sampled): median ${median(ledgerSizes.map((doc) => doc.bytes))} bytes, largest ${Math.max(...ledgerSizes.map((doc) => doc.bytes))} bytes`);
if (byBytes[0]!.bytes > 0.5 * 1_048_576 || byFields[0]!.fields > 0.5 * 20_000) console.log('\nWARNING: an aggregate document is past half of a Firestore document limit.');

// (b) The dashboard in the browser, as the director (aggregates only).
if (process.env.BENCH_BROWSER !== '0') {
  const origin = process.env.KOERS_HOSTING_ORIGIN ?? 'http://127.0.0.1:5000';
  const periodLabel = nl.dashboard.periodLabel;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const readsOf = (page: Page) => page.evaluate(() => (window as unknown as { __koersReads: number }).__koersReads);
  /** Reads settle when no new document arrives for a second. */
  async function quiet(page: Page): Promise<number> {
    let last = -1;
    for (;;) {
      const reads = await readsOf(page);
      if (reads === last) return reads;
      last = reads;
      await page.waitForTimeout(1_000);
    }
  }
  /** The funnel section is on screen with its chart, and nothing on the page still loads. */
  async function funnelShown(page: Page): Promise<void> {
    await page.getByTestId('dashboard-funnel').locator('svg, table').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"], .mantine-Loader-root').length === 0);
  }

  const results = { default: [] as number[], inApp: [] as number[], year: [] as number[], yearLoad: [] as number[] };
  const reads = { default: 0, inApp: 0, year: 0, yearLoad: 0 };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${origin}/inloggen`);
    await page.getByLabel('E-mailadres').fill(`director.${regionId}@demo.koers.nl`);
    await page.getByLabel('Wachtwoord').fill(demoPassword);
    started = performance.now();
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/dashboard'));
    await funnelShown(page);
    results.default.push(performance.now() - started);
    reads.default = await quiet(page);

    // Opening the dashboard from elsewhere in the running app (the navigation): what a user
    // waits for once signed in. Its queries are dropped first, so nothing comes from memory.
    await page.getByRole('link', { name: 'Regiovergelijking' }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard/regio-vergelijking');
    await page.evaluate(() => (window as unknown as { __koersQueryClient: { removeQueries: (filter: object) => void } }).__koersQueryClient.removeQueries({ queryKey: ['dashboard'] }));
    const before = await quiet(page);
    started = performance.now();
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await funnelShown(page);
    results.inApp.push(performance.now() - started);
    const afterInApp = await quiet(page);
    reads.inApp = afterInApp - before;

    // Choosing "Laatste 12 maanden" in the page: the month documents come on top.
    started = performance.now();
    await page.getByLabel(periodLabel, { exact: true }).selectOption('12m');
    await page.waitForURL((url) => url.searchParams.get('periode') === '12m');
    await funnelShown(page);
    results.year.push(performance.now() - started);
    reads.year = (await quiet(page)) - afterInApp;

    // Opening the 12-month view directly (a bookmark): the app starts, then the same documents.
    started = performance.now();
    await page.goto(`${origin}/dashboard?periode=12m`);
    await funnelShown(page);
    results.yearLoad.push(performance.now() - started);
    reads.yearLoad = await quiet(page);
    await context.close();
  }
  await browser.close();
  const med = (times: number[]) => `${Math.round(median(times))} ms`;
  console.log(`\n| dashboard (director, ${regionId}) | reads | time to the funnel, median of ${runs} |`);
  console.log('|---|---|---|');
  console.log(`| sign-in → /dashboard (default period "Nu") | ${reads.default} (sign-in to settled) | ${med(results.default)} |`);
  console.log(`| opened from the navigation in the running app ("Nu") | ${reads.inApp} | ${med(results.inApp)} |`);
  console.log(`| then "Laatste 12 maanden" chosen | +${reads.year} | ${med(results.year)} |`);
  console.log(`| /dashboard?periode=12m opened directly (app start included) | ${reads.yearLoad} | ${med(results.yearLoad)} |`);
}
process.exit(0);
