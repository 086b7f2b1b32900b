// Builds the demo data set: pure and deterministic (fixed faker seed and base date), so every
// run produces the same documents. seed.ts writes them; tests check them without emulators.
import { base, en, Faker, nl } from '@faker-js/faker';
import {
  buildCrossRegionAggregate,
  crossRegionAggregateSchema,
  isCrossRegionPeriod,
  type Counts,
  aggregateDocuments,
  aggregatePath,
  allSlice,
  aggregateLedgerSchema,
  aggregateSchema,
  activitySchema,
  applyGrant,
  auditEntrySchema,
  candidateAuditEntry,
  candidateFacts,
  candidateIndexEntrySchema,
  candidateSchema,
  contactSchema,
  emailSchema,
  emptyAccess,
  contributionsOfFacts,
  matchFacts,
  exitReasons,
  interactionSchema,
  memberRegionIds,
  memberRoleIn,
  memberSchema,
  normalizeEmail,
  normalizeText,
  organisationSchema,
  pilotRegions,
  programmeSchema,
  registrationFacts,
  registrationSchema,
  regionSchema,
  subjects as allSubjects,
  shortagePercentBySubject,
  sumContributions,
  taskFacts,
  taskSchema,
  toCandidateIndexEntry,
  userAccessSchema,
  type Candidate,
  type CandidateSource,
  type CandidateStatus,
  type LedgerFacts,
  type Consent,
  type Interaction,
  type InteractionKind,
  type JobFunction,
  type Phase,
  type PilotRegionId,
  type PriorEducation,
  type Qualification,
  type Sector,
  type Subject,
  type UserAccess,
} from '@koers/domain';
import { demoAccount, demoAccounts, demoCandidateId, demoPassword, type DemoAccount } from './accounts.js';
import { seedOrganisations, seedProgrammes, type SeedOrganisation } from './organisations.js';
import { activitiesOf, guestCrossRegionalActivity, vacanciesOf } from './offer.js';
import { seedRegions, type SeedRegion } from './regions.js';
import { demoApiKeyDocuments } from './api-keys.js';
import { messagingDocuments } from './messaging.js';
import { candidateViewDocuments, demoConversation, demoMatch, demoMatchSchoolId, demoNextSteps, type SeededMatch } from './self-service.js';
import { feedbackDocuments } from './feedback.js';
import { keyedRandom, seedJourney } from './journeys.js';
import { areaCodes, bottlenecks, contactJobTitles, interactionSummaries, motivations, notes, streets, tags, taskTitles } from './vocabulary.js';

/**
 * "Today" in the demo: lastContactAt, phase dates and due dates are spread around it. It is
 * today's date (09:00 UTC), so the demo never ages into "everyone out of sight"; the content is
 * the same for a given day, and KOERS_SEED_DATE=YYYY-MM-DD pins it for reproducing a run.
 */
export const baseDate = seedBaseDate(process.env.KOERS_SEED_DATE);

function seedBaseDate(pinned: string | undefined): Date {
  const day = pinned ?? new Date().toISOString().slice(0, 10);
  const date = new Date(`${day}T09:00:00.000Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`KOERS_SEED_DATE must be YYYY-MM-DD, got "${pinned}"`);
  return date;
}
export const fakerSeed = 20261101;

const day = 24 * 60 * 60 * 1000;

export interface SeedDocument {
  path: string;
  data: Record<string, unknown>;
}

export interface SeedAuthUser {
  uid: string;
  email: string;
  password: string;
  displayName: string;
  emailVerified: true;
}

export interface SeedData {
  users: SeedAuthUser[];
  /** Written first: regions, organisations, contacts, programmes, access and members. */
  network: SeedDocument[];
  /** Written second, before the documents they are computed from: index entries, and the
   *  aggregates with every source document's ledger, computed with the triggers' own domain
   *  functions, so the candidate, task and registration triggers find nothing to change. */
  projections: SeedDocument[];
  /** Written third: the dossiers, their contact history, the audit entry of their creation, tasks. */
  candidates: SeedDocument[];
  /** Written last, once the dossiers exist: vacancies, activities and their registrations. */
  offer: SeedDocument[];
  /** Demo conversations with their counters, as the message trigger would have left them. */
  messaging: SeedDocument[];
  summary: Record<string, number>;
}

type Weighted<T> = Array<[weight: number, value: T]>;

class Generator {
  readonly f = new Faker({ locale: [nl, en, base] });

  constructor() {
    this.f.seed(fakerSeed);
    this.f.setDefaultRefDate(baseDate);
  }

  pick<T>(values: readonly T[]): T {
    return this.f.helpers.arrayElement(values);
  }

  some<T>(values: readonly T[], min: number, max: number): T[] {
    return this.f.helpers.arrayElements(values, { min, max });
  }

  weighted<T>(options: Weighted<T>): T {
    return this.f.helpers.weightedArrayElement(options.map(([weight, value]) => ({ weight, value })));
  }

  chance(probability: number): boolean {
    return this.f.datatype.boolean(probability);
  }

  int(min: number, max: number): number {
    return this.f.number.int({ min, max });
  }

  /** A moment `min`–`max` days before the base date, during office hours. */
  daysAgo(min: number, max: number): Date {
    const date = new Date(baseDate.getTime() - this.int(min, max) * day);
    date.setUTCHours(this.int(7, 16), this.int(0, 59), 0, 0);
    return date;
  }

  /** A moment between the two, moved into office hours on that day (never past `to`). */
  between(from: Date, to: Date): Date {
    if (to.getTime() <= from.getTime()) return new Date(from);
    const date = this.f.date.between({ from, to });
    date.setUTCHours(this.int(7, 16), this.int(0, 59), 0, 0);
    return date.getTime() < from.getTime() ? new Date(from) : date.getTime() > to.getTime() ? new Date(to) : date;
  }

  street(): string {
    return `${this.pick(streets)} ${this.int(1, 180)}${this.chance(0.15) ? this.pick(['a', 'b', 'c']) : ''}`;
  }

  postcode(municipality: { postcodePrefixes: string[] }): string {
    const letters = 'ABCEGHJKLMNPRTVWXZ';
    return `${this.pick(municipality.postcodePrefixes)} ${this.pick([...letters])}${this.pick([...letters])}`;
  }

  /** A mobile number, or a landline number in the region's area code. */
  phone(areaCode?: string): string {
    // Dutch numbers have ten digits, area code included.
    return areaCode ? `${areaCode}-${this.f.string.numeric({ length: 10 - areaCode.length, allowLeadingZeros: false })}` : `06-${this.f.string.numeric(8)}`;
  }

  id(): string {
    return this.f.string.alphanumeric({ length: 20 });
  }
}

function slug(value: string): string {
  return normalizeText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function emailLocalPart(value: string): string {
  return normalizeText(value).replace(/[^a-z0-9]+/g, '');
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const consentSourceBySource: Record<CandidateSource, Consent['source']> = {
  website_form: 'intake_form',
  api: 'api',
  onderwijsloket: 'intake_form',
  adviser: 'adviser',
  import: 'import',
  activity: 'intake_form',
  referral: 'adviser',
  self_service: 'self_service',
};

const subjectWeights: Weighted<Subject> = allSubjects
  .filter((subject) => subject !== 'groepsleerkracht_po')
  .map((subject) => [shortagePercentBySubject[subject] ?? 2, subject]);

function accessFor(account: DemoAccount): UserAccess {
  let access = emptyAccess(account.email, account.displayName, baseDate);
  for (const grant of account.grants) access = applyGrant(access, grant, baseDate);
  if (account.candidateId) access = { ...access, candidateId: account.candidateId };
  return userAccessSchema.parse(access);
}

function staffOf(regionId: PilotRegionId): DemoAccount[] {
  return demoAccounts.filter((account) => account.regionId === regionId && (account.role === 'adviser' || account.role === 'coordinator'));
}

interface CandidateRecord {
  id: string;
  candidate: Candidate;
  interactions: Array<{ id: string; interaction: Interaction }>;
}

/**
 * Hours, start and travel wishes, derived from the name rather than drawn from the generator,
 * so adding them left every other seeded value as it was. One in five has none recorded.
 */
function matchPreferencesFor(name: string, phaseSince: Date): Candidate['matchPreferences'] {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  if (hash % 5 === 0) return null;
  const pick = <T,>(list: readonly T[], salt: number): T => list[Math.floor(hash / salt) % list.length]!;
  const availableFrom = new Date(phaseSince.getTime() + pick([0, 30, 60, 120], 7) * 24 * 60 * 60 * 1000);
  return {
    hoursPerWeek: pick([16, 20, 24, 28, 32, 36, null], 11),
    availableFrom: pick([true, false], 13) ? availableFrom.toISOString().slice(0, 10) : null,
    maxDistanceKm: pick([15, 25, 40, 60, null], 17),
  };
}

function profileFor(g: Generator): Pick<Candidate, 'sectors' | 'functions' | 'qualifications' | 'subjects' | 'priorEducation'> {
  const sectors = g.weighted<Sector[]>([
    [35, ['po']],
    [28, ['vo']],
    [12, ['mbo']],
    [10, ['vo', 'mbo']],
    [5, ['po', 'so']],
    [4, ['so']],
    [3, ['pro']],
    [3, ['ho']],
  ]);
  const primary = sectors.includes('po') || sectors.includes('so');
  const functions: JobFunction[] = sectors.includes('mbo') && g.chance(0.3) ? ['instructor'] : ['teacher'];
  if (g.chance(0.1)) functions.push(g.pick(['support', 'pupil_care', 'support_staff'] as const));
  let qualifications: Qualification[];
  if (g.chance(0.1)) qualifications = ['no_idea_yet'];
  else if (primary) qualifications = [g.pick(['pabo', 'primary'] as const)];
  else if (sectors.includes('mbo') && !sectors.includes('vo')) qualifications = [g.pick(['pdg', 'instructor_mbo'] as const)];
  else if (sectors.includes('ho')) qualifications = ['bko_bdb'];
  else qualifications = [g.weighted<Qualification>([[5, 'second_degree'], [2, 'first_degree'], [2, 'limited_second_degree']])];
  const subjects: Subject[] = primary
    ? ['groepsleerkracht_po']
    : [...new Set([g.weighted(subjectWeights), ...(g.chance(0.35) ? [g.weighted(subjectWeights)] : [])])];
  const priorEducation = g.weighted<PriorEducation>([
    [35, 'hbo_bachelor'],
    [18, 'wo_master'],
    [8, 'wo_bachelor'],
    [7, 'hbo_master'],
    [12, 'mbo_4'],
    [5, 'hbo'],
    [5, 'wo'],
    [3, 'phd'],
    [4, 'havo'],
    [3, 'vwo'],
  ]);
  return { sectors, functions, qualifications, subjects, priorEducation };
}

/** The demo candidate's fixed parts (everything else is drawn like any other dossier). */
interface FixedCandidate {
  id: string;
  name: string;
  email: string;
  authUid: string;
  /** Regions besides the home region the dossier is shared with, with her consent. */
  sharedWith: PilotRegionId[];
  introducedOrganisationIds: string[];
  /** Contacts added to the drawn ones. */
  interactions: Array<{ id: string; interaction: Interaction }>;
}

function makeCandidate(g: Generator, region: SeedRegion, emails: Set<string>, fixed?: FixedCandidate): CandidateRecord {
  const status = fixed ? 'active' : g.weighted<CandidateStatus>([[70, 'active'], [8, 'paused'], [12, 'started'], [10, 'exited']]);
  const phase: Phase = fixed
    ? 'orientation'
    : status === 'started'
      ? 'preparation'
      : g.weighted<Phase>([[25, 'interest'], [30, 'orientation'], [15, 'decision'], [20, 'matching'], [10, 'preparation']]);
  const firstName = g.f.person.firstName();
  const lastName = g.f.person.lastName();
  const name = fixed?.name ?? `${firstName} ${lastName}`;
  let email = fixed?.email ?? normalizeEmail(`${emailLocalPart(firstName)}.${emailLocalPart(lastName)}@${g.pick(['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'icloud.com'])}`);
  for (let n = 2; emails.has(email) || !emailSchema.safeParse(email).success; n++) email = email.replace(/^([^@]*?)\d*@/, `$1${n}@`);
  emails.add(email);

  const municipality = g.pick(region.municipalities);
  const source = fixed ? 'self_service' : g.weighted<CandidateSource>([[35, 'website_form'], [20, 'onderwijsloket'], [15, 'adviser'], [10, 'activity'], [10, 'referral'], [5, 'api'], [5, 'import']]);
  const createdAt = g.daysAgo(fixed ? 40 : 20, fixed ? 60 : 420);
  const phaseSince = g.between(createdAt, new Date(baseDate.getTime() - day));
  const staff = staffOf(region.id);
  const owner = fixed ? staff.find((account) => account.role === 'adviser') : g.chance(0.9) ? g.weighted(staff.map((account) => [account.role === 'adviser' ? 2 : 1, account] as [number, DemoAccount])) : undefined;
  const ownerUid = owner?.uid ?? null;

  // About a quarter of the people still on their way have had no contact for over 30 days.
  const losingSight = !fixed && (status === 'active' || status === 'paused') && g.chance(0.25);
  const lastPossible = losingSight ? new Date(baseDate.getTime() - g.int(35, 120) * day) : new Date(baseDate.getTime() - g.int(0, 25) * day);
  const contactEnd = lastPossible.getTime() < createdAt.getTime() ? createdAt : lastPossible;
  const interactions = Array.from({ length: fixed ? 2 : g.int(1, 4) }, () => {
    const kind = g.weighted<InteractionKind>([[25, 'phone'], [20, 'email'], [15, 'advice_conversation'], [15, 'introductory_conversation'], [10, 'in_person'], [10, 'activity_registration'], [5, 'referral']]);
    const author = owner ?? g.pick(staff);
    const performedAt = g.between(createdAt, contactEnd);
    const interaction: Interaction = interactionSchema.parse({
      kind,
      summary: g.pick(interactionSummaries[kind] ?? ['Contact']),
      notes: g.chance(0.3) ? g.pick(notes) : null,
      performedAt,
      durationMinutes: kind === 'email' ? null : g.pick([10, 15, 20, 30, 45, 60]),
      regionId: region.id,
      organisationId: null,
      authorUid: author.uid,
      authorName: author.displayName,
      createdAt: performedAt,
    });
    return { id: g.id(), interaction };
  });
  interactions.push(...(fixed?.interactions.map(({ id, interaction }) => ({ id, interaction: interactionSchema.parse(interaction) })) ?? []));
  interactions.sort((a, b) => a.interaction.performedAt.getTime() - b.interaction.performedAt.getTime());
  const lastContactAt = interactions.at(-1)?.interaction.performedAt ?? null;
  const updatedAt = new Date(Math.max(phaseSince.getTime(), lastContactAt?.getTime() ?? 0));

  const shared = !fixed && region.neighbours.length > 0 && g.chance(0.06);
  const regionIds = fixed ? [region.id, ...fixed.sharedWith] : shared ? [region.id, g.pick(region.neighbours)] : [region.id];
  const customFields: Candidate['customFields'] = {};
  for (const field of region.settings.customFields) {
    if (!g.chance(0.5)) continue;
    if (field.type === 'choice' && field.options) customFields[field.name] = g.pick(field.options);
    if (field.type === 'boolean') customFields[field.name] = g.chance(0.5);
  }

  const drawn = candidateSchema.parse({
    name,
    email,
    phone: g.phone(),
    linkedin: g.chance(0.3) ? `https://www.linkedin.com/in/${slug(name)}-${g.f.string.alphanumeric(6).toLowerCase()}` : null,
    birthDate: isoDate(g.f.date.birthdate({ mode: 'age', min: 24, max: 58 })),
    address: g.street(),
    postcode: g.postcode(municipality),
    place: municipality.name,
    motivation: fixed || g.chance(0.7) ? g.pick(motivations) : null,
    ...profileFor(g),
    matchPreferences: matchPreferencesFor(name, phaseSince),
    phase,
    status,
    phaseSince,
    exitReason: status === 'exited' ? g.pick(exitReasons) : null,
    ownerUid,
    homeRegionId: region.id,
    regionIds,
    consent: {
      privacy: true,
      retainAfterProcess: g.chance(0.4),
      givenAt: createdAt,
      withdrawnAt: null,
      source: consentSourceBySource[source],
      shareWithOrganisations: g.chance(0.85),
      // Her decision per region (self-service): each region of the dossier, given, the shared
      // one two weeks after she signed up.
      ...(fixed
        ? { regions: Object.fromEntries(regionIds.map((regionId, i) => [regionId, { given: true, at: new Date(createdAt.getTime() + (i === 0 ? 0 : 14 * day)) }])) }
        : {}),
    },
    source,
    tags: g.chance(0.3) ? g.some(tags, 1, 2) : [],
    bottlenecks: g.chance(0.25) ? g.some(bottlenecks, 1, 2) : [],
    customFields,
    notes: g.chance(0.3) ? g.pick(notes) : null,
    lastContactAt,
    authUid: fixed?.authUid ?? null,
    introducedOrganisationIds: fixed?.introducedOrganisationIds ?? [],
    createdAt,
    createdBy: ownerUid ?? 'system',
    updatedAt,
    updatedBy: ownerUid ?? 'system',
  } satisfies Candidate);
  const id = fixed?.id ?? g.id();
  const journey = seedJourney(drawn, createdAt, phaseSince, keyedRandom(id));
  const candidate = candidateSchema.parse({ ...drawn, journey } satisfies Candidate);
  return { id, candidate, interactions };
}

function organisationDocuments(g: Generator, organisation: SeedOrganisation, region: SeedRegion): SeedDocument[] {
  const municipality = region.municipalities.find((m) => m.name === organisation.municipality) ?? region.municipalities[0]!;
  const domain = `${slug(organisation.name).replace(/-/g, '')}.nl`;
  const docs: SeedDocument[] = [
    {
      path: `regions/${region.id}/organisations/${organisation.id}`,
      data: organisationSchema.parse({
        type: organisation.type,
        name: organisation.name,
        sectors: organisation.sectors,
        address: g.street(),
        postcode: g.postcode(municipality),
        place: municipality.name,
        brin: organisation.type === 'school' ? `${g.f.string.numeric(2)}${g.f.string.alpha({ length: 2, casing: 'upper' })}` : null,
        boardId: organisation.boardId ?? null,
        website: `https://www.${domain}`,
      }),
    },
  ];
  for (let n = 1; n <= 2; n++) {
    const firstName = g.f.person.firstName();
    const lastName = g.f.person.lastName();
    docs.push({
      path: `regions/${region.id}/contacts/${organisation.id}-contact-${n}`,
      data: contactSchema.parse({
        organisationId: organisation.id,
        name: `${firstName} ${lastName}`,
        jobTitle: g.pick(contactJobTitles[organisation.type]),
        email: `${emailLocalPart(firstName)}.${emailLocalPart(lastName)}@${domain}`,
        phone: g.phone(areaCodes[municipality.name] ?? areaCodes[region.id]),
      }),
    });
  }
  return docs;
}

export function buildSeed(): SeedData {
  const g = new Generator();
  const network: SeedDocument[] = [];
  const projections: SeedDocument[] = [];
  const candidates: SeedDocument[] = [];
  const regionName = Object.fromEntries(pilotRegions.map((region) => [region.id, region.name]));

  for (const region of seedRegions) {
    network.push({
      path: `regions/${region.id}`,
      data: regionSchema.parse({
        name: regionName[region.id],
        municipalities: region.municipalities.map((m) => m.name),
        participating: true,
        settings: region.settings,
      }),
    });
    for (const organisation of seedOrganisations.filter((o) => o.regionId === region.id)) {
      network.push(...organisationDocuments(g, organisation, region));
    }
  }
  for (const { id, regionId, programme } of seedProgrammes) {
    network.push({ path: `regions/${regionId}/programmes/${id}`, data: programmeSchema.parse(programme) });
  }
  network.push(...demoApiKeyDocuments(baseDate));

  for (const account of demoAccounts) {
    const access = accessFor(account);
    network.push({ path: `users/${account.uid}`, data: access });
    for (const regionId of memberRegionIds(access)) {
      const held = memberRoleIn(access, regionId);
      if (!held) continue;
      const member = memberSchema.parse({ uid: account.uid, email: access.email, displayName: access.displayName, ...held, grantedBy: 'demo-admin', grantedAt: baseDate });
      network.push({ path: `regions/${regionId}/members/${account.uid}`, data: member });
    }
  }

  const emails = new Set<string>();
  const records = new Map<PilotRegionId, CandidateRecord[]>();
  const kandidaat = demoAccounts.find((account) => account.role === 'candidate')!;
  for (const region of seedRegions) {
    const list: CandidateRecord[] = [];
    if (region.id === kandidaat.regionId) {
      list.push(
        makeCandidate(g, region, emails, {
          id: demoCandidateId,
          name: kandidaat.displayName,
          email: kandidaat.email,
          authUid: kandidaat.uid,
          // Shared with a second region, so withdrawing consent for it can be shown.
          sharedWith: ['brabant-oost'],
          introducedOrganisationIds: [demoMatchSchoolId],
          interactions: [demoConversation(baseDate, demoAccount('adviser', region.id), region.id)],
        }),
      );
    }
    while (list.length < region.candidateCount) list.push(makeCandidate(g, region, emails));
    records.set(region.id, list);
  }

  const all = [...records.values()].flat();
  for (const { id, candidate, interactions } of all) {
    candidates.push({ path: `candidates/${id}`, data: candidate });
    const created = auditEntrySchema.parse({ ...candidateAuditEntry(null, candidate, candidate.createdAt), actor: candidate.createdBy });
    candidates.push({ path: `candidates/${id}/audit/seed-create`, data: created });
    for (const { id: interactionId, interaction } of interactions) {
      candidates.push({ path: `candidates/${id}/interactions/${interactionId}`, data: interaction });
    }
  }

  // The demo candidate's next steps and her introduction to a school (no generator draws).
  const documentAt = (() => {
    const byPath = new Map(network.map((doc) => [doc.path, doc.data]));
    return (path: string) => byPath.get(path);
  })();
  const demoRecord = all.find(({ id }) => id === demoCandidateId)!;
  const demoAdviser = demoAccount('adviser', demoRecord.candidate.homeRegionId as PilotRegionId);
  candidates.push(...demoNextSteps(baseDate, demoCandidateId, demoAdviser.uid, kandidaat.uid));
  const introduced = demoMatch(
    baseDate,
    demoCandidateId,
    demoRecord.candidate,
    demoAdviser,
    demoRecord.candidate.homeRegionId,
    organisationSchema.parse(documentAt(`regions/${demoRecord.candidate.homeRegionId}/organisations/${demoMatchSchoolId}`)),
  );
  const matches: SeededMatch[] = [introduced.match];
  candidates.push(...introduced.documents);

  // The same projection the onCandidateWritten trigger uses.
  const tasks = new Map<PilotRegionId, SeedDocument[]>();
  for (const region of seedRegions) {
    const listed = all.filter(({ candidate }) => candidate.regionIds.includes(region.id));
    for (const { id, candidate } of listed) {
      projections.push({ path: `regions/${region.id}/candidateIndex/${id}`, data: candidateIndexEntrySchema.parse(toCandidateIndexEntry(candidate)) });
    }

    const staff = staffOf(region.id);
    const own = records.get(region.id) ?? [];
    for (let n = 0; n < 6; n++) {
      const subject = g.pick(own);
      const assignee = g.pick(staff);
      const createdAt = g.daysAgo(3, 30);
      const done = g.chance(0.3);
      const task = taskSchema.parse({
        title: g.pick(taskTitles),
        candidateId: subject.id,
        assigneeUid: assignee.uid,
        dueDate: isoDate(new Date(baseDate.getTime() + g.int(-7, 14) * day)),
        done,
        doneAt: done ? g.between(createdAt, baseDate) : null,
        createdAt,
        createdBy: assignee.uid,
        updatedAt: createdAt,
        updatedBy: assignee.uid,
      });
      tasks.set(region.id, [...(tasks.get(region.id) ?? []), { path: `regions/${region.id}/tasks/${g.id()}`, data: task }]);
    }
  }
  candidates.push(...[...tasks.values()].flat());

  // Last, so the generator produced every candidate above exactly as before the offer existed.
  const offer: SeedDocument[] = [];
  for (const region of seedRegions) {
    const schools = seedOrganisations.filter((o) => o.regionId === region.id && o.type === 'school');
    offer.push(...vacanciesOf(g, region.id, schools, baseDate));
    const adviser = staffOf(region.id).find((account) => account.role === 'adviser') ?? staffOf(region.id)[0]!;
    const reachable = (records.get(region.id) ?? [])
      .filter(({ id, candidate }) => id !== demoCandidateId && candidate.status === 'active' && candidate.email !== null)
      .map(({ id, candidate }) => ({ id, name: candidate.name, email: candidate.email!, phone: candidate.phone }));
    const desk = seedOrganisations.find((o) => o.regionId === region.id && o.type === 'regional_desk');
    const place = desk?.municipality ?? region.municipalities[0]!.name;
    offer.push(...activitiesOf(g, region.id, place, adviser.uid, reachable, baseDate, region.id === seedRegions[0]!.id));
  }
  offer.push(guestCrossRegionalActivity('midden-brabant', baseDate));

  // Candidates' ratings (written with the offer, after the dossiers) and each region's monthly
  // summaries of them, as onFeedbackCreated would have counted them.
  const feedback = feedbackDocuments({ records: all, offer, baseDate });
  offer.push(...feedback.feedback);
  projections.push(...feedback.summaries);

  // Every region's aggregates as the recount of the new engine, with each source document's
  // ledger (its facts), so the triggers that see the seeded documents compute the same and change nothing.
  const aggregateCount = { aggregates: 0, ledgers: 0 };
  // The `all` slice of every region's `current` and month documents, for the cross-region
  // figures (the seed pauses triggers, so it writes what onAggregateWritten would).
  const crossRegionSources = new Map<string, Map<string, Counts>>();
  for (const region of seedRegions) {
    const sources = new Map<string, LedgerFacts>();
    for (const { id, candidate } of all.filter(({ candidate }) => candidate.regionIds.includes(region.id))) {
      sources.set(`candidate-${id}`, candidateFacts(candidate));
    }
    for (const { path, data } of tasks.get(region.id) ?? []) sources.set(`task-${path.split('/').at(-1)}`, taskFacts(taskSchema.parse(data)));
    for (const { id, match } of matches.filter((seeded) => seeded.regionId === region.id)) sources.set(`match-${id}`, matchFacts(match));
    const kinds = new Map(
      offer.filter(({ path }) => path.startsWith(`regions/${region.id}/activities/`) && path.split('/').length === 4).map(({ path, data }) => [path, activitySchema.parse(data).kind]),
    );
    for (const { path, data } of offer.filter(({ path }) => path.startsWith(`regions/${region.id}/activities/`) && path.split('/').length === 6)) {
      const [, , , activityId, , registrationId] = path.split('/');
      const kind = kinds.get(path.split('/').slice(0, 4).join('/')) ?? null;
      sources.set(`registration-${activityId}-${registrationId}`, registrationFacts(registrationSchema.parse(data), kind));
    }
    for (const aggregate of aggregateDocuments(sumContributions([...sources.values()].map(contributionsOfFacts)), baseDate)) {
      projections.push({ path: aggregatePath(region.id, aggregate.period, aggregate.slice), data: aggregateSchema.parse(aggregate) });
      aggregateCount.aggregates++;
      if (aggregate.slice === allSlice && isCrossRegionPeriod(aggregate.period)) {
        const byRegion = crossRegionSources.get(aggregate.period) ?? new Map<string, Counts>();
        byRegion.set(region.id, aggregate.slices.all ?? {});
        crossRegionSources.set(aggregate.period, byRegion);
      }
    }
    for (const [source, facts] of sources) {
      projections.push({ path: `regions/${region.id}/aggregateLedger/${source}`, data: aggregateLedgerSchema.parse({ facts, updatedAt: baseDate }) });
      aggregateCount.ledgers++;
    }
  }

  for (const [period, byRegion] of [...crossRegionSources].sort(([a], [b]) => a.localeCompare(b))) {
    const sources = seedRegions.map((region) => ({ id: region.id, name: regionName[region.id]!, slicesAll: byRegion.get(region.id) ?? null }));
    projections.push({ path: `crossRegionAggregates/${period}`, data: crossRegionAggregateSchema.parse(buildCrossRegionAggregate(period, sources, baseDate)) });
  }

  const messaging = messagingDocuments(baseDate);

  // What each candidate reads of their dossier, as the view trigger would have built it.
  const views = candidateViewDocuments({ records: all, matches, documentAt, baseDate });
  projections.push(...views);

  const users: SeedAuthUser[] = demoAccounts.map((account) => ({
    uid: account.uid,
    email: account.email,
    password: demoPassword,
    displayName: account.displayName,
    emailVerified: true,
  }));

  return {
    users,
    network,
    projections,
    candidates,
    offer,
    messaging,
    summary: {
      accounts: users.length,
      regions: seedRegions.length,
      organisations: seedOrganisations.length,
      programmes: seedProgrammes.length,
      candidates: all.length,
      interactions: all.reduce((sum, record) => sum + record.interactions.length, 0),
      indexEntries: projections.filter((doc) => doc.path.includes('/candidateIndex/')).length,
      tasks: [...tasks.values()].flat().length,
      candidateViews: views.length,
      nextSteps: candidates.filter((doc) => /^candidates\/[^/]+\/steps\/[^/]+$/.test(doc.path)).length,
      matches: matches.length,
      ...aggregateCount,
      vacancies: offer.filter((doc) => /\/vacancies\/[^/]+$/.test(doc.path)).length,
      activities: offer.filter((doc) => /\/activities\/[^/]+$/.test(doc.path)).length,
      feedback: feedback.feedback.length,
      feedbackSummaries: feedback.summaries.length,
      threads: messaging.filter((doc) => /^threads\/[^/]+$/.test(doc.path)).length,
      documents: network.length + projections.length + candidates.length + offer.length + messaging.length,
    },
  };
}
