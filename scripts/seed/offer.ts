// The regions' offer: vacancies at their schools and activities with registrations. Built after
// everything else from the same generator, so adding it changed none of the candidates.
import {
  activitySchema,
  placeTakingStatuses,
  registrationSchema,
  vacancySchema,
  type ActivityKind,
  type JobFunction,
  type RegistrationStatus,
  type Sector,
  type Subject,
} from '@koers/domain';
import type { SeedOrganisation } from './organisations.js';

const day = 24 * 60 * 60 * 1000;

export interface OfferGenerator {
  pick<T>(values: readonly T[]): T;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  id(): string;
}

export interface OfferCandidate {
  id: string;
  name: string;
  email: string;
  phone: string | null;
}

interface VacancyTemplate {
  title: string;
  jobFunction?: JobFunction;
  subjects: Subject[];
  lateralEntry: boolean;
}

const vacancyTemplates: Partial<Record<Sector, VacancyTemplate[]>> = {
  po: [
    { title: 'Leerkracht groep 5/6', subjects: [], lateralEntry: true },
    { title: 'Leerkracht groep 1/2', subjects: [], lateralEntry: true },
    { title: 'Leraarondersteuner onderbouw', jobFunction: 'support', subjects: [], lateralEntry: false },
  ],
  vo: [
    { title: 'Docent wiskunde', subjects: ['wiskunde'], lateralEntry: true },
    { title: 'Docent Duits', subjects: ['duits'], lateralEntry: true },
    { title: 'Docent natuurkunde', subjects: ['natuurkunde'], lateralEntry: true },
    { title: 'Docent informatica', subjects: ['informatica'], lateralEntry: true },
  ],
  pro: [{ title: 'Praktijkdocent techniek', subjects: ['techniek'], lateralEntry: true }],
  so: [{ title: 'Leerkracht speciaal onderwijs', subjects: [], lateralEntry: false }],
  mbo: [
    { title: 'Docent techniek (installatietechniek)', subjects: ['techniek'], lateralEntry: true },
    { title: 'Docent Nederlands', subjects: ['nederlands'], lateralEntry: true },
  ],
};

const vacancyText =
  'Een team dat graag nieuwe collega’s van buiten het onderwijs verwelkomt. Je krijgt een coach, tijd voor je opleiding en een werkplek waar je kunt groeien.';

/** One or two vacancies per school: mostly published, some drafts, one already closed. */
export function vacanciesOf(g: OfferGenerator, regionId: string, schools: SeedOrganisation[], baseDate: Date) {
  const documents: Array<{ path: string; data: Record<string, unknown> }> = [];
  schools.forEach((school, index) => {
    const sector = school.sectors[0]!;
    const templates = vacancyTemplates[sector] ?? vacancyTemplates.po!;
    const count = index % 3 === 0 ? 2 : 1;
    for (let n = 0; n < count; n++) {
      const template = templates[(index + n) % templates.length]!;
      const closed = index === 1 && n === 0;
      const closingDate = new Date(baseDate.getTime() + (closed ? -g.int(3, 20) : g.int(14, 90)) * day).toISOString().slice(0, 10);
      documents.push({
        path: `regions/${regionId}/vacancies/${school.id}-vacature-${n + 1}`,
        data: vacancySchema.parse({
          organisationId: school.id,
          title: template.title,
          sector,
          subjects: template.subjects,
          hoursPerWeek: g.pick([16, 20, 24, 28, 32, 36]),
          lateralEntry: template.lateralEntry,
          jobFunction: template.jobFunction ?? 'teacher',
          closingDate,
          // Posts start a month after they close.
          startDate: new Date(Date.parse(closingDate) + 30 * day).toISOString().slice(0, 10),
          description: vacancyText,
          published: index % 4 !== 3,
        }),
      });
    }
  });
  return documents;
}

interface ActivityTemplate {
  kind: ActivityKind;
  title: string;
  online: boolean;
  capacity: number | null;
  crossRegional: boolean;
  published: boolean;
  /** Days from the base date; negative: already held. */
  inDays: number;
}

const activityTemplates: ActivityTemplate[] = [
  { kind: 'information_meeting', title: 'Informatieavond zij-instroom', online: false, capacity: 40, crossRegional: false, published: true, inDays: 9 },
  { kind: 'webinar', title: 'Webinar: zo word je leraar in het primair onderwijs', online: true, capacity: null, crossRegional: true, published: true, inDays: 16 },
  { kind: 'shadow_day', title: 'Meeloopdag op een basisschool', online: false, capacity: 8, crossRegional: false, published: true, inDays: 23 },
  { kind: 'open_day', title: 'Open dag lerarenopleidingen', online: false, capacity: 120, crossRegional: false, published: true, inDays: 37 },
  { kind: 'network_event', title: 'Netwerkbijeenkomst schoolleiders en opleiders', online: false, capacity: 30, crossRegional: false, published: false, inDays: 44 },
  { kind: 'information_meeting', title: 'Informatieavond voor overstappers', online: false, capacity: 40, crossRegional: false, published: true, inDays: -12 },
];

const activityText =
  'Hoor van leraren die zelf zijn overgestapt hoe hun route eruitzag, en stel je vragen aan de adviseurs van het regioloket en de opleidingen.';

/**
 * Activities with registrations of the region's candidates (the held one with attendance
 * marked) and of website visitors. `registrationCount` equals what the registration trigger
 * would count, so the trigger finds nothing to change.
 */
export function activitiesOf(
  g: OfferGenerator,
  regionId: string,
  place: string,
  adviserUid: string,
  candidates: OfferCandidate[],
  baseDate: Date,
  /** One region hosts the cross-regional webinar; the others would repeat it on every site. */
  hostsCrossRegional: boolean,
) {
  const documents: Array<{ path: string; data: Record<string, unknown> }> = [];
  activityTemplates.forEach((template, index) => {
    const activityId = `${regionId}-activiteit-${index + 1}`;
    const startsAt = new Date(baseDate.getTime() + template.inDays * day);
    startsAt.setUTCHours(template.online ? 18 : 17, 0, 0, 0);
    const endsAt = new Date(startsAt.getTime() + (template.kind === 'shadow_day' ? 6 : 2) * 60 * 60 * 1000);
    const registrations: Array<{ id: string; data: Record<string, unknown> }> = [];
    if (template.published) {
      const held = template.inDays < 0;
      const wanted = Math.min(template.capacity ?? 12, g.int(2, 6));
      const registered = new Set<string>();
      for (let n = 0; n < wanted; n++) {
        const candidate = g.pick(candidates);
        if (registered.has(candidate.id)) continue;
        registered.add(candidate.id);
        const status: RegistrationStatus = held ? (g.chance(0.75) ? 'attended' : 'no_show') : g.chance(0.9) ? 'registered' : 'cancelled';
        const registeredAt = new Date(baseDate.getTime() - g.int(1, 20) * day);
        registrations.push({
          id: `candidate-${candidate.id}`,
          data: registrationSchema.parse({
            candidateId: candidate.id,
            name: candidate.name,
            email: candidate.email,
            phone: candidate.phone,
            status,
            source: 'adviser',
            registeredAt,
            registeredBy: adviserUid,
          }),
        });
      }
    }
    const count = registrations.filter(({ data }) => (placeTakingStatuses as readonly string[]).includes(String(data.status))).length;
    documents.push({
      path: `regions/${regionId}/activities/${activityId}`,
      data: activitySchema.parse({
        kind: template.kind,
        title: template.title,
        description: activityText,
        startsAt,
        endsAt,
        location: template.online ? 'Online (de link volgt per e-mail)' : `Regioloket, ${place}`,
        online: template.online,
        capacity: template.capacity,
        published: template.published,
        crossRegional: template.crossRegional && hostsCrossRegional,
        registrationCount: count,
      }),
    });
    for (const registration of registrations) {
      documents.push({ path: `regions/${regionId}/activities/${activityId}/registrations/${registration.id}`, data: registration.data });
    }
  });
  return documents;
}

/**
 * A cross-regional webinar hosted by another region than the one that hosts the general
 * webinar, so a Nijmegen candidate finds an activity of a region they are not in. No
 * registrations and no generator draws.
 */
export function guestCrossRegionalActivity(regionId: string, baseDate: Date) {
  const startsAt = new Date(baseDate.getTime() + 12 * day);
  startsAt.setUTCHours(18, 30, 0, 0);
  return {
    path: `regions/${regionId}/activities/${regionId}-activiteit-mbo-webinar`,
    data: activitySchema.parse({
      kind: 'webinar',
      title: 'Webinar: van vakman naar docent in het mbo',
      description: activityText,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000),
      location: 'Online (de link volgt per e-mail)',
      online: true,
      capacity: null,
      published: true,
      crossRegional: true,
      registrationCount: 0,
    }),
  };
}
