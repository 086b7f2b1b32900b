// The shared world of the matching integration tests: two regions, their offer (schools,
// vacancies, a training institute with a programme), staff and organisation members, candidates.
import type { Organisation, Programme, Vacancy } from '@koers/domain';
import { adminDb, createAccount, createRegion, giveRoles } from './helpers.js';

export const region = 'nijmegen';
export const otherRegion = 'arnhem';

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return { type: 'school', name: 'School', sectors: ['po'], address: null, postcode: null, place: 'Nijmegen', brin: null, boardId: null, website: null, ...overrides };
}

export function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    organisationId: 'klimop',
    title: 'Leerkracht groep 5',
    sector: 'po',
    subjects: [],
    hoursPerWeek: 32,
    lateralEntry: true,
    closingDate: null,
    description: 'Kom ons team versterken.',
    published: true,
    ...overrides,
  };
}

export function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    organisationId: 'han',
    name: 'Deeltijd pabo',
    type: 'part_time_pabo',
    sectors: ['po'],
    subjects: [],
    startDates: ['2027-09-01'],
    durationMonths: 36,
    admission: 'hbo-diploma',
    published: true,
    ...overrides,
  };
}

export interface World {
  adviserUid: string;
  coordinatorUid: string;
  hrUid: string;
  trainingUid: string;
  directorUid: string;
  otherAdviserUid: string;
}

export const emails = {
  adviser: 'adviser@nijmegen.matching.example.nl',
  coordinator: 'coordinator@nijmegen.matching.example.nl',
  hr: 'hr@klimop.matching.example.nl',
  training: 'training@han.matching.example.nl',
  director: 'director@nijmegen.matching.example.nl',
  otherAdviser: 'adviser@arnhem.matching.example.nl',
};

export async function buildWorld(): Promise<World> {
  await createRegion(region);
  await createRegion(otherRegion);
  const batch = adminDb.batch();
  const orgs: Record<string, Organisation> = {
    klimop: organisation({ name: 'Kindcentrum De Klimop' }),
    lyceum: organisation({ name: 'Stedelijk Lyceum', sectors: ['vo'] }),
    han: organisation({ type: 'training_institute', name: 'HAN Pabo', sectors: ['po'] }),
    bestuur: organisation({ type: 'school_board', name: 'Stichting Conexus' }),
  };
  for (const [id, data] of Object.entries(orgs)) batch.set(adminDb.doc(`regions/${region}/organisations/${id}`), data);
  batch.set(adminDb.doc(`regions/${region}/vacancies/v-po`), vacancy());
  batch.set(adminDb.doc(`regions/${region}/vacancies/v-vo`), vacancy({ organisationId: 'lyceum', title: 'Docent wiskunde', sector: 'vo', subjects: ['wiskunde'] }));
  batch.set(adminDb.doc(`regions/${region}/vacancies/v-draft`), vacancy({ title: 'Nog niet gepubliceerd', published: false }));
  batch.set(adminDb.doc(`regions/${region}/programmes/pabo`), programme());
  batch.set(adminDb.doc(`regions/${otherRegion}/organisations/rijn`), organisation({ name: 'Basisschool De Rijn', place: 'Arnhem' }));
  batch.set(adminDb.doc(`regions/${otherRegion}/vacancies/v-arnhem`), vacancy({ organisationId: 'rijn', title: 'Leerkracht groep 3' }));
  await batch.commit();

  const [adviserUid, coordinatorUid, hrUid, trainingUid, directorUid, otherAdviserUid] = await Promise.all([
    createAccount(emails.adviser, { displayName: 'Eva Adviseur' }),
    createAccount(emails.coordinator),
    createAccount(emails.hr),
    createAccount(emails.training),
    createAccount(emails.director),
    createAccount(emails.otherAdviser),
  ]);
  await Promise.all([
    giveRoles(adviserUid, [{ kind: 'region', regionId: region, role: 'adviser' }]),
    giveRoles(coordinatorUid, [{ kind: 'region', regionId: region, role: 'coordinator' }]),
    giveRoles(hrUid, [{ kind: 'organisation', regionId: region, organisationId: 'klimop', role: 'hr' }]),
    giveRoles(trainingUid, [{ kind: 'organisation', regionId: region, organisationId: 'han', role: 'training' }]),
    giveRoles(directorUid, [{ kind: 'region', regionId: region, role: 'director' }]),
    giveRoles(otherAdviserUid, [{ kind: 'region', regionId: otherRegion, role: 'adviser' }]),
  ]);
  return { adviserUid, coordinatorUid, hrUid, trainingUid, directorUid, otherAdviserUid };
}
