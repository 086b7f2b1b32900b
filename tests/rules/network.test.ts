// regions/{r} and the network and offer beneath it: organisations, contacts, programmes,
// vacancies, activities and registrations (introductions: matching.test.ts).
import {
  addDoc,
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { describe, test } from 'vitest';
import {
  accessTable,
  actingUid,
  buildWorld,
  dbAs,
  expectAllowed,
  ids,
  labelOf,
  nijmegenMembers,
  nijmegenStaff,
  signedInPersonas,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const nij = `regions/${ids.nijmegen}`;
const mb = `regions/${ids.middenBrabant}`;
const world = buildWorld();
const staff = nijmegenStaff;
const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));

function fixture(path: string): Record<string, unknown> {
  const data = world[path];
  if (!data) throw new Error(`no fixture at ${path}`);
  return { ...data };
}

accessTable('regions/{r}: regions and their settings', [
  {
    action: 'read the Nijmegen region',
    allowed: signedInPersonas,
    attempt: (db) => getDoc(doc(db, nij)),
  },
  {
    action: 'list the regions',
    allowed: signedInPersonas,
    attempt: (db) => getDocs(collection(db, 'regions')),
  },
  {
    action: 'create a region',
    allowed: ['admin'],
    attempt: (db) => setDoc(doc(db, 'regions/brabant-oost'), { ...fixture(nij), name: 'Onderwijsregio Brabant Oost' }),
    restores: ['regions/brabant-oost'],
  },
  {
    action: "change Nijmegen's settings",
    allowed: ['admin', 'coordinator'],
    attempt: (db) => updateDoc(doc(db, nij), { 'settings.losingSightDays': 45 }),
    restores: [nij],
  },
  {
    action: "change Nijmegen's service area (municipalities)",
    allowed: ['admin', 'coordinator'],
    attempt: (db) => updateDoc(doc(db, nij), { municipalities: ['Nijmegen', 'Wijchen', 'Heumen'] }),
    restores: [nij],
  },
  {
    action: "choose Nijmegen's intake owner (settings.intakeOwnerUid)",
    allowed: ['admin', 'coordinator'],
    attempt: (db) => updateDoc(doc(db, nij), { 'settings.intakeOwnerUid': 'u-adviser' }),
    restores: [nij],
  },
  {
    action: "make Nijmegen a non-participating region",
    allowed: ['admin'],
    attempt: (db) => updateDoc(doc(db, nij), { participating: false }),
    restores: [nij],
  },
  {
    action: 'rename Nijmegen',
    allowed: ['admin'],
    attempt: (db) => updateDoc(doc(db, nij), { name: 'RAP Nijmegen e.o.' }),
    restores: [nij],
  },
  {
    action: "change Midden-Brabant's settings",
    allowed: ['admin'],
    attempt: (db) => updateDoc(doc(db, mb), { 'settings.losingSightDays': 45 }),
    restores: [mb],
  },
  {
    action: 'delete a region',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, mb)),
  },
]);

describe('regions/{r}: attribution', () => {
  test("an admin cannot stamp a region change with someone else's uid", async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('admin'), nij), { name: 'X', updatedBy: 'u-coordinator', updatedAt: serverTimestamp() }));
  });

  test('an admin can stamp a region change with their own uid and the server time', async () => {
    await expectAllowed(true, updateDoc(doc(dbAs('admin'), nij), { name: 'X', updatedBy: 'u-admin', updatedAt: serverTimestamp() }), [nij]);
  });

  test('a coordinator can stamp a settings change with their own uid and the server time', async () => {
    await expectAllowed(
      true,
      updateDoc(doc(dbAs('coordinator'), nij), { 'settings.losingSightDays': 45, updatedBy: 'u-coordinator', updatedAt: serverTimestamp() }),
      [nij],
    );
  });

  test('a coordinator cannot backdate a settings change', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('coordinator'), nij), {
        'settings.losingSightDays': 45,
        updatedBy: 'u-coordinator',
        updatedAt: Timestamp.fromDate(new Date('2020-01-01')),
      }),
    );
  });
});

accessTable('regions/{r}/organisations: the CRM', [
  {
    action: "list Nijmegen's organisations",
    allowed: ['admin', ...nijmegenMembers],
    attempt: (db) => getDocs(collection(db, nij, 'organisations')),
  },
  {
    action: 'read a Midden-Brabant school',
    allowed: ['admin', 'crossAdviser'],
    attempt: (db) => getDoc(doc(db, mb, 'organisations', ids.mbSchool)),
  },
  {
    action: 'add an organisation to Nijmegen',
    allowed: staff,
    attempt: (db) => setDoc(doc(db, nij, 'organisations', 'new-org'), fixture(`${nij}/organisations/${ids.schoolA}`)),
    restores: [`${nij}/organisations/new-org`],
  },
  {
    action: 'rename school A',
    allowed: ['hr', ...staff],
    attempt: (db) => updateDoc(doc(db, nij, 'organisations', ids.schoolA), { name: 'School A (nieuw)' }),
    restores: [`${nij}/organisations/${ids.schoolA}`],
  },
  {
    action: "update school A's address and website",
    allowed: ['hr', ...staff],
    attempt: (db) => updateDoc(doc(db, nij, 'organisations', ids.schoolA), { address: 'Schoolstraat 2', website: 'https://school-a.example.org' }),
    restores: [`${nij}/organisations/${ids.schoolA}`],
  },
  {
    action: 'turn school A into a training institute',
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, nij, 'organisations', ids.schoolA), { type: 'training_institute' }),
    restores: [`${nij}/organisations/${ids.schoolA}`],
  },
  {
    action: "update institute A's sectors",
    allowed: ['training', ...staff],
    attempt: (db) => updateDoc(doc(db, nij, 'organisations', ids.instituteA), { sectors: ['po', 'vo'] }),
    restores: [`${nij}/organisations/${ids.instituteA}`],
  },
  {
    action: 'delete school B',
    allowed: staff,
    attempt: (db) => deleteDoc(doc(db, nij, 'organisations', ids.schoolB)),
    restores: [`${nij}/organisations/${ids.schoolB}`],
  },
]);

// Introductions: see matching.test.ts.

accessTable('regions/{r}/contacts: contact persons', [
  {
    action: "list all of Nijmegen's contacts",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, nij, 'contacts')),
  },
  {
    action: "list school A's contacts",
    allowed: [...staff, 'hr'],
    attempt: (db) => getDocs(query(collection(db, nij, 'contacts'), where('organisationId', '==', ids.schoolA))),
  },
  {
    action: "read school B's contact",
    allowed: [...staff, 'otherHr'],
    attempt: (db) => getDoc(doc(db, nij, 'contacts', 'contact-b')),
  },
  {
    action: 'add a contact',
    allowed: staff,
    attempt: (db) => setDoc(doc(db, nij, 'contacts', 'contact-new'), fixture(`${nij}/contacts/contact-a`)),
    restores: [`${nij}/contacts/contact-new`],
  },
  {
    action: "change school A's contact",
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, nij, 'contacts', 'contact-a'), { jobTitle: 'Directeur' }),
    restores: [`${nij}/contacts/contact-a`],
  },
  {
    action: "delete school A's contact",
    allowed: staff,
    attempt: (db) => deleteDoc(doc(db, nij, 'contacts', 'contact-a')),
    restores: [`${nij}/contacts/contact-a`],
  },
]);

const programmes = `${nij}/programmes`;

accessTable('regions/{r}/programmes: training programmes', [
  {
    action: "list Nijmegen's published programmes",
    allowed: signedInPersonas,
    attempt: (db) => getDocs(query(collection(db, programmes), where('published', '==', true))),
  },
  {
    action: "list all of Nijmegen's programmes, drafts included",
    allowed: nijmegenMembers,
    attempt: (db) => getDocs(collection(db, programmes)),
  },
  {
    action: 'read a draft programme',
    allowed: nijmegenMembers,
    attempt: (db) => getDoc(doc(db, programmes, 'prog-draft')),
  },
  {
    action: "add a programme of institute A",
    allowed: [...staff, 'training'],
    attempt: (db) => setDoc(doc(db, programmes, 'prog-new'), fixture(`${programmes}/prog-draft`)),
    restores: [`${programmes}/prog-new`],
  },
  {
    action: "add a programme of school B",
    allowed: staff,
    attempt: (db) => setDoc(doc(db, programmes, 'prog-new'), { ...fixture(`${programmes}/prog-draft`), organisationId: ids.schoolB }),
    restores: [`${programmes}/prog-new`],
  },
  {
    action: "change institute A's draft programme",
    allowed: [...staff, 'training'],
    attempt: (db) => updateDoc(doc(db, programmes, 'prog-draft'), { startDates: ['2027-02-01'] }),
    restores: [`${programmes}/prog-draft`],
  },
  {
    action: "move institute A's programme to another organisation",
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, programmes, 'prog-draft'), { organisationId: ids.schoolB }),
    restores: [`${programmes}/prog-draft`],
  },
  {
    action: "delete institute A's draft programme",
    allowed: [...staff, 'training'],
    attempt: (db) => deleteDoc(doc(db, programmes, 'prog-draft')),
    restores: [`${programmes}/prog-draft`],
  },
]);

const vacancies = `${nij}/vacancies`;

accessTable('regions/{r}/vacancies: vacancies', [
  {
    action: "list Nijmegen's published vacancies",
    allowed: signedInPersonas,
    attempt: (db) => getDocs(query(collection(db, vacancies), where('published', '==', true))),
  },
  {
    action: "list all of Nijmegen's vacancies, drafts included",
    allowed: nijmegenMembers,
    attempt: (db) => getDocs(collection(db, vacancies)),
  },
  {
    action: "read school A's draft vacancy",
    allowed: nijmegenMembers,
    attempt: (db) => getDoc(doc(db, vacancies, 'vac-draft')),
  },
  {
    action: 'add a vacancy at school A',
    allowed: [...staff, 'hr'],
    attempt: (db) => setDoc(doc(db, vacancies, 'vac-new'), fixture(`${vacancies}/vac-draft`)),
    restores: [`${vacancies}/vac-new`],
  },
  {
    action: 'add a vacancy at school B',
    allowed: [...staff, 'otherHr'],
    attempt: (db) => setDoc(doc(db, vacancies, 'vac-new'), fixture(`${vacancies}/vac-b-draft`)),
    restores: [`${vacancies}/vac-new`],
  },
  {
    action: "change school A's draft vacancy",
    allowed: [...staff, 'hr'],
    attempt: (db) => updateDoc(doc(db, vacancies, 'vac-draft'), { hoursPerWeek: 24 }),
    restores: [`${vacancies}/vac-draft`],
  },
  {
    action: "change school B's draft vacancy",
    allowed: [...staff, 'otherHr'],
    attempt: (db) => updateDoc(doc(db, vacancies, 'vac-b-draft'), { hoursPerWeek: 24 }),
    restores: [`${vacancies}/vac-b-draft`],
  },
  {
    action: "move school A's vacancy to school B",
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, vacancies, 'vac-draft'), { organisationId: ids.schoolB }),
    restores: [`${vacancies}/vac-draft`],
  },
  {
    action: "delete school A's draft vacancy",
    allowed: [...staff, 'hr'],
    attempt: (db) => deleteDoc(doc(db, vacancies, 'vac-draft')),
    restores: [`${vacancies}/vac-draft`],
  },
]);

accessTable('regions/{r}/activities: activities', [
  {
    action: "list Midden-Brabant's published activities",
    allowed: signedInPersonas,
    attempt: (db) => getDocs(query(collection(db, mb, 'activities'), where('published', '==', true))),
  },
  {
    action: "list all of Nijmegen's activities, drafts included",
    allowed: nijmegenMembers,
    attempt: (db) => getDocs(collection(db, nij, 'activities')),
  },
  {
    action: 'read a draft Nijmegen activity',
    allowed: nijmegenMembers,
    attempt: (db) => getDoc(doc(db, nij, 'activities', 'act-draft')),
  },
  {
    action: 'read a published Nijmegen activity',
    allowed: signedInPersonas,
    attempt: (db) => getDoc(doc(db, nij, 'activities', 'act-published')),
  },
  {
    action: 'add a Nijmegen activity',
    allowed: staff,
    attempt: (db) => setDoc(doc(db, nij, 'activities', 'act-new'), fixture(`${nij}/activities/act-draft`)),
    restores: [`${nij}/activities/act-new`],
  },
  {
    action: 'add an activity to Nijmegen that claims registrations already',
    allowed: [],
    attempt: (db) => setDoc(doc(db, nij, 'activities', 'act-new'), { ...fixture(`${nij}/activities/act-draft`), registrationCount: 5 }),
    restores: [`${nij}/activities/act-new`],
  },
  {
    action: "change a Nijmegen activity's registration count",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nij, 'activities', 'act-published'), { registrationCount: 3 }),
    restores: [`${nij}/activities/act-published`],
  },
  {
    action: 'publish a draft Nijmegen activity',
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, nij, 'activities', 'act-draft'), { published: true }),
    restores: [`${nij}/activities/act-draft`],
  },
  {
    action: 'delete a draft Nijmegen activity',
    allowed: staff,
    attempt: (db) => deleteDoc(doc(db, nij, 'activities', 'act-draft')),
    restores: [`${nij}/activities/act-draft`],
  },
]);

const registrations = `${nij}/activities/act-published/registrations`;

function registrationOf(persona: Persona, candidateId: string | null): Record<string, unknown> {
  return {
    candidateId,
    name: 'Own Candidate',
    email: 'own@example.org',
    phone: null,
    status: 'registered',
    source: persona === 'candidate' ? 'candidate' : 'adviser',
    registeredAt: serverTimestamp(),
    registeredBy: actingUid(persona),
  };
}

accessTable('regions/{r}/activities/{a}/registrations: who comes to an activity', [
  {
    action: "list all registrations for a Nijmegen activity",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, registrations)),
  },
  {
    action: "list the candidate's registrations for a Nijmegen activity",
    allowed: [...staff, 'candidate'],
    attempt: (db) => getDocs(query(collection(db, registrations), where('candidateId', '==', ids.ownCandidate))),
  },
  {
    action: "list the candidate's registrations across all activities",
    allowed: ['candidate'],
    attempt: (db) => getDocs(query(collectionGroup(db, 'registrations'), where('candidateId', '==', ids.ownCandidate))),
  },
  {
    action: "read the other candidate's registration",
    allowed: [...staff, 'otherCandidate'],
    attempt: (db) => getDoc(doc(db, registrations, 'reg-other')),
  },
  {
    action: 'read a walk-in registration without a candidate',
    allowed: staff,
    attempt: (db) => getDoc(doc(db, registrations, 'reg-walkin')),
  },
  {
    action: 'register the candidate for a published Nijmegen activity',
    allowed: [...staff, 'candidate'],
    attempt: (db, persona) => setDoc(doc(db, registrations, 'reg-new'), registrationOf(persona, ids.ownCandidate)),
    restores: [`${registrations}/reg-new`],
  },
  {
    action: 'register the candidate for a draft Nijmegen activity',
    allowed: staff,
    attempt: (db, persona) =>
      setDoc(doc(db, nij, 'activities', 'act-draft', 'registrations', 'reg-new'), registrationOf(persona, ids.ownCandidate)),
    restores: [`${nij}/activities/act-draft/registrations/reg-new`],
  },
  {
    action: "register the Nijmegen candidate for a Midden-Brabant-only activity",
    allowed: ['crossAdviser'],
    attempt: (db, persona) =>
      setDoc(doc(db, mb, 'activities', 'mb-act-local', 'registrations', 'reg-new'), registrationOf(persona, ids.ownCandidate)),
    restores: [`${mb}/activities/mb-act-local/registrations/reg-new`],
  },
  {
    action: 'register the Nijmegen candidate for a cross-regional Midden-Brabant activity',
    allowed: ['crossAdviser', 'candidate'],
    attempt: (db, persona) =>
      setDoc(doc(db, mb, 'activities', 'mb-act-cross', 'registrations', 'reg-new'), registrationOf(persona, ids.ownCandidate)),
    restores: [`${mb}/activities/mb-act-cross/registrations/reg-new`],
  },
  {
    action: 'register the candidate for a full Nijmegen activity',
    allowed: staff,
    attempt: (db, persona) =>
      setDoc(doc(db, nij, 'activities', 'act-full', 'registrations', 'reg-new'), registrationOf(persona, ids.ownCandidate)),
    restores: [`${nij}/activities/act-full/registrations/reg-new`],
  },
  {
    action: "re-register the candidate's cancelled registration for a full activity",
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, nij, 'activities', 'act-full', 'registrations', 'reg-own-cancelled'), { status: 'registered' }),
    restores: [`${nij}/activities/act-full/registrations/reg-own-cancelled`],
  },
  {
    action: 'register the candidate as if through the website',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, registrations, 'reg-new'), { ...registrationOf(persona, ids.ownCandidate), source: 'website' }),
    restores: [`${registrations}/reg-new`],
  },
  {
    action: "change who made the candidate's registration (source)",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, registrations, 'reg-own'), { source: 'adviser' }),
    restores: [`${registrations}/reg-own`],
  },
  {
    action: "register another candidate",
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, registrations, 'reg-new'), registrationOf(persona, ids.otherCandidate)),
    restores: [`${registrations}/reg-new`],
  },
  {
    action: "cancel the candidate's registration",
    allowed: [...staff, 'candidate'],
    attempt: (db) => updateDoc(doc(db, registrations, 'reg-own'), { status: 'cancelled' }),
    restores: [`${registrations}/reg-own`],
  },
  {
    action: "mark the candidate's registration attended",
    allowed: staff,
    attempt: (db) => updateDoc(doc(db, registrations, 'reg-own'), { status: 'attended' }),
    restores: [`${registrations}/reg-own`],
  },
  {
    action: "cancel the other candidate's registration",
    allowed: [...staff, 'otherCandidate'],
    attempt: (db) => updateDoc(doc(db, registrations, 'reg-other'), { status: 'cancelled' }),
    restores: [`${registrations}/reg-other`],
  },
  {
    action: "delete the candidate's registration",
    allowed: staff,
    attempt: (db) => deleteDoc(doc(db, registrations, 'reg-own')),
    restores: [`${registrations}/reg-own`],
  },
]);

describe('registrations: attribution and self-service limits', () => {
  test('the candidate cannot pass their registration off as made by an adviser', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('candidate'), registrations, 'reg-new'), { ...registrationOf('candidate', ids.ownCandidate), source: 'adviser' }),
    );
  });

  test('the candidate cannot register in the name of an adviser', async () => {
    await expectAllowed(
      false,
      addDoc(collection(dbAs('candidate'), registrations), { ...registrationOf('candidate', ids.ownCandidate), registeredBy: 'u-adviser' }),
    );
  });

  test('the candidate cannot backdate a registration', async () => {
    await expectAllowed(
      false,
      addDoc(collection(dbAs('candidate'), registrations), {
        ...registrationOf('candidate', ids.ownCandidate),
        registeredAt: Timestamp.fromDate(new Date('2020-01-01')),
      }),
    );
  });

  test('the candidate cannot register as already attended', async () => {
    await expectAllowed(
      false,
      addDoc(collection(dbAs('candidate'), registrations), { ...registrationOf('candidate', ids.ownCandidate), status: 'attended' }),
    );
  });

  test('the candidate cannot register without a candidate id (as a walk-in)', async () => {
    await expectAllowed(false, addDoc(collection(dbAs('candidate'), registrations), registrationOf('candidate', null)));
  });

  test('an adviser cannot register someone in the name of a colleague', async () => {
    await expectAllowed(
      false,
      addDoc(collection(dbAs('adviser'), registrations), { ...registrationOf('adviser', ids.otherCandidate), registeredBy: 'u-coordinator' }),
    );
  });

  test('an adviser cannot rewrite who registered a candidate', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), registrations, 'reg-own'), { registeredBy: 'u-adviser' }));
  });

  test('the candidate cannot change the e-mail address on their registration', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('candidate'), registrations, 'reg-own'), { email: 'other@example.org' }));
  });

  test('the candidate cannot undo an attended registration', async () => {
    await withServerChanges({ [`${registrations}/reg-own`]: { status: 'attended' } }, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs('candidate'), registrations, 'reg-own'), { status: 'cancelled' }));
    });
  });

  test('a user without a candidate id cannot list walk-in registrations by asking for candidateId null', async () => {
    await expectAllowed(false, getDocs(query(collection(dbAs('noRoles'), registrations), where('candidateId', '==', null))));
  });
});

describe('signed-out visitors read nothing of the network', () => {
  const paths = [
    nij,
    `${nij}/organisations/${ids.schoolA}`,
    `${nij}/contacts/contact-a`,
    `${nij}/programmes/prog-published`,
    `${nij}/vacancies/vac-published`,
    `${nij}/activities/act-published`,
  ];
  for (const path of paths) {
    test(`a signed-out visitor cannot read ${path}`, async () => {
      await expectAllowed(false, getDoc(doc(dbAs('signedOut'), path)));
    });
  }

});

describe('network and offer documents: stamps, when sent, are honest', () => {
  interface StampSite {
    what: string;
    persona: Persona;
    path: string;
    /** Creates (with `stamps` merged into a valid document) or updates the document. */
    write: (db: Firestore, stamps: Record<string, unknown>) => Promise<void>;
  }
  const creating = (path: string, data: Record<string, unknown>) => (db: Firestore, stamps: Record<string, unknown>) =>
    setDoc(doc(db, path), { ...data, ...stamps });
  const updating = (path: string, changes: Record<string, unknown>) => (db: Firestore, stamps: Record<string, unknown>) =>
    updateDoc(doc(db, path), { ...changes, ...stamps });
  const sites: StampSite[] = [
    { what: 'a new region', persona: 'admin', path: 'regions/brabant-oost', write: creating('regions/brabant-oost', fixture(nij)) },
    {
      what: 'a new organisation',
      persona: 'adviser',
      path: `${nij}/organisations/new-org`,
      write: creating(`${nij}/organisations/new-org`, fixture(`${nij}/organisations/${ids.schoolA}`)),
    },
    {
      what: 'a changed organisation',
      persona: 'adviser',
      path: `${nij}/organisations/${ids.schoolA}`,
      write: updating(`${nij}/organisations/${ids.schoolA}`, { place: 'Wijchen' }),
    },
    {
      what: 'a new contact',
      persona: 'adviser',
      path: `${nij}/contacts/contact-new`,
      write: creating(`${nij}/contacts/contact-new`, fixture(`${nij}/contacts/contact-a`)),
    },
    {
      what: 'a changed contact',
      persona: 'adviser',
      path: `${nij}/contacts/contact-a`,
      write: updating(`${nij}/contacts/contact-a`, { phone: '024 1234567' }),
    },
    {
      what: 'a new programme',
      persona: 'training',
      path: `${programmes}/prog-new`,
      write: creating(`${programmes}/prog-new`, fixture(`${programmes}/prog-draft`)),
    },
    {
      what: 'a changed programme',
      persona: 'training',
      path: `${programmes}/prog-draft`,
      write: updating(`${programmes}/prog-draft`, { durationMonths: 24 }),
    },
    {
      what: 'a new vacancy',
      persona: 'hr',
      path: `${vacancies}/vac-new`,
      write: creating(`${vacancies}/vac-new`, fixture(`${vacancies}/vac-draft`)),
    },
    {
      what: 'a changed vacancy',
      persona: 'hr',
      path: `${vacancies}/vac-draft`,
      write: updating(`${vacancies}/vac-draft`, { hoursPerWeek: 20 }),
    },
    {
      what: 'a new activity',
      persona: 'adviser',
      path: `${nij}/activities/act-new`,
      write: creating(`${nij}/activities/act-new`, fixture(`${nij}/activities/act-draft`)),
    },
    {
      what: 'a changed activity',
      persona: 'adviser',
      path: `${nij}/activities/act-draft`,
      write: updating(`${nij}/activities/act-draft`, { location: 'Online' }),
    },
  ];

  for (const site of sites) {
    const uid = actingUid(site.persona);
    const isCreate = !(site.path in world);

    test(`${labelOf(site.persona)} can stamp ${site.what} with their own uid and the server time`, async () => {
      const stamps: Record<string, unknown> = { updatedBy: uid, updatedAt: serverTimestamp() };
      if (isCreate) Object.assign(stamps, { createdBy: uid, createdAt: serverTimestamp() });
      await expectAllowed(true, site.write(dbAs(site.persona), stamps), [site.path]);
    });

    test(`${labelOf(site.persona)} cannot stamp ${site.what} with a colleague's uid`, async () => {
      await expectAllowed(false, site.write(dbAs(site.persona), { updatedBy: 'u-director', updatedAt: serverTimestamp() }));
    });
  }

  const [newOrganisation, changedOrganisation] = sites.slice(1, 3) as [StampSite, StampSite];

  test('an adviser cannot backdate a new organisation', async () => {
    await expectAllowed(false, newOrganisation.write(dbAs('adviser'), { updatedBy: 'u-adviser', updatedAt: longAgo }));
  });

  test('an adviser cannot backdate a changed organisation', async () => {
    await expectAllowed(false, changedOrganisation.write(dbAs('adviser'), { updatedBy: 'u-adviser', updatedAt: longAgo }));
  });

  test("an adviser cannot create an organisation in a colleague's name", async () => {
    await expectAllowed(false, newOrganisation.write(dbAs('adviser'), { createdBy: 'u-director' }));
  });

  test('an adviser cannot create an organisation with a past creation time', async () => {
    await expectAllowed(false, newOrganisation.write(dbAs('adviser'), { createdAt: longAgo }));
  });

  test('an adviser cannot add a creation stamp to an existing organisation', async () => {
    await expectAllowed(false, changedOrganisation.write(dbAs('adviser'), { createdBy: 'u-adviser' }));
  });
});
