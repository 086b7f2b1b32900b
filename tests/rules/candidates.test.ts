// candidates/{c}, the dossier, and what hangs beneath it: interactions, audit, presence
// (suggestions: matching.test.ts; next steps and the candidate's view: self-service.test.ts).
import {
  arrayUnion,
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { describe, expect, test } from 'vitest';
import { candidateServerOwnedFields } from '@koers/domain';
import {
  accessTable,
  actingUid,
  candidate,
  dbAs,
  expectAllowed,
  ids,
  nijmegenStaff,
  readAsServer,
  restore,
  signedInPersonas,
  useRulesEnvironment,
  type Persona,
} from './support.js';

useRulesEnvironment();

const staff = nijmegenStaff;
const own = `candidates/${ids.ownCandidate}`;
const shared = `candidates/${ids.sharedCandidate}`;
const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));

/** A valid new dossier, created by `persona` now. */
function newDossier(persona: Persona, homeRegionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const uid = actingUid(persona);
  return {
    ...candidate({
      name: 'Nieuwe Kandidaat',
      homeRegionId,
      regionIds: [homeRegionId],
      authUid: null,
      introducedOrganisationIds: [],
      at: new Date(),
    }),
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
    ...overrides,
  };
}

/** An update of `changes`, stamped by `persona` now. */
function stamped(persona: Persona, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...changes, updatedAt: serverTimestamp(), updatedBy: actingUid(persona) };
}

function updateDossier(db: Firestore, persona: Persona, path: string, changes: Record<string, unknown>): Promise<void> {
  return updateDoc(doc(db, path), stamped(persona, changes));
}

accessTable('candidates/{c}: reading the dossier', [
  {
    // The candidate reads candidateViews/{c} instead: the dossier holds notes, owner and history.
    action: "read the candidate's dossier",
    allowed: staff,
    attempt: (db) => getDoc(doc(db, own)),
  },
  {
    action: "read another Nijmegen candidate's dossier",
    allowed: staff,
    attempt: (db) => getDoc(doc(db, 'candidates', ids.otherCandidate)),
  },
  {
    action: 'read a dossier Nijmegen shares with Midden-Brabant',
    allowed: [...staff, 'crossAdviser'],
    attempt: (db) => getDoc(doc(db, shared)),
  },
  {
    action: 'read a Midden-Brabant-only dossier',
    allowed: ['crossAdviser'],
    attempt: (db) => getDoc(doc(db, 'candidates', ids.mbCandidate)),
  },
  {
    action: 'list all dossiers',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'candidates')),
  },
]);

const newPath = 'candidates/cand-new';

accessTable('candidates/{c}: creating a dossier', [
  {
    action: 'create a Nijmegen dossier',
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen)),
    restores: [newPath],
  },
  {
    action: 'create a Midden-Brabant dossier',
    allowed: ['crossAdviser'],
    attempt: (db, persona) => setDoc(doc(db, newPath), newDossier(persona, ids.middenBrabant)),
    restores: [newPath],
  },
  {
    action: 'create a Nijmegen dossier already shared with Midden-Brabant',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen, { regionIds: [ids.nijmegen, ids.middenBrabant] })),
    restores: [newPath],
  },
  {
    action: "create a dossier linked to someone's account",
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen, { authUid: 'u-outsider' })),
    restores: [newPath],
  },
  {
    action: 'create a dossier with a made-up phase history',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen, { journey: [{ phase: 'interest', status: 'started', exitReason: null, at: longAgo }] })),
    restores: [newPath],
  },
  {
    action: 'create a dossier already introduced to a school',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen, { introducedOrganisationIds: [ids.schoolA] })),
    restores: [newPath],
  },
  {
    action: 'create a dossier in the name of the coordinator',
    allowed: ['coordinator'],
    attempt: (db, persona) =>
      setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen, { createdBy: 'u-coordinator', updatedBy: 'u-coordinator' })),
    restores: [newPath],
  },
  {
    action: 'create a backdated dossier',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, newPath), newDossier(persona, ids.nijmegen, { createdAt: longAgo })),
    restores: [newPath],
  },
]);

accessTable('candidates/{c}: changing the dossier', [
  {
    action: "write a note in the candidate's dossier",
    allowed: staff,
    attempt: (db, persona) => updateDossier(db, persona, own, { notes: 'Gebeld' }),
    restores: [own],
  },
  {
    action: 'write a note in a dossier Nijmegen shares with Midden-Brabant',
    allowed: [...staff, 'crossAdviser'],
    attempt: (db, persona) => updateDossier(db, persona, shared, { notes: 'Gebeld' }),
    restores: [shared],
  },
  {
    action: "move the candidate to the matching phase",
    allowed: staff,
    attempt: (db, persona) => updateDossier(db, persona, own, { phase: 'matching', phaseSince: serverTimestamp() }),
    restores: [own],
  },
  {
    // The candidate corrects their own profile through updateMyProfile, never directly.
    action: "change the candidate's phone number",
    allowed: staff,
    attempt: (db, persona) => updateDossier(db, persona, own, { phone: '06 12345678' }),
    restores: [own],
  },
  {
    action: 'record that the candidate withdrew their consent (told by phone)',
    allowed: staff,
    attempt: (db, persona) =>
      updateDossier(db, persona, own, {
        'consent.privacy': false,
        'consent.withdrawnAt': serverTimestamp(),
        'consent.source': 'adviser',
      }),
    restores: [own],
  },
  {
    action: "share the candidate's dossier with Brabant-Oost",
    allowed: staff,
    attempt: (db, persona) => updateDossier(db, persona, own, { regionIds: [ids.nijmegen, ids.brabantOost] }),
    restores: [own],
  },
  {
    action: "share the candidate's dossier again with Midden-Brabant, the region they withdrew consent for",
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, own, { regionIds: [ids.nijmegen, ids.middenBrabant] }),
    restores: [own],
  },
  {
    action: "share the candidate's dossier again with Midden-Brabant, clearing their withdrawal in the same write",
    allowed: [],
    attempt: (db, persona) =>
      updateDossier(db, persona, own, { regionIds: [ids.nijmegen, ids.middenBrabant], 'consent.withdrawnRegionIds': [] }),
    restores: [own],
  },
  {
    action: "clear the list of regions the candidate withdrew consent for",
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, own, { 'consent.withdrawnRegionIds': [] }),
    restores: [own],
  },
  {
    action: "record a consent decision for Midden-Brabant in the candidate's name",
    allowed: [],
    attempt: (db, persona) =>
      updateDossier(db, persona, own, { [`consent.regions.${ids.middenBrabant}`]: { given: true, at: serverTimestamp() } }),
    restores: [own],
  },
  {
    action: "record a consent decision for Brabant-Oost in the candidate's name",
    allowed: [],
    attempt: (db, persona) =>
      updateDossier(db, persona, own, { [`consent.regions.${ids.brabantOost}`]: { given: true, at: serverTimestamp() } }),
    restores: [own],
  },
  {
    action: "replace the candidate's consent with one that forgets their decisions per region",
    allowed: [],
    attempt: (db, persona) =>
      updateDossier(db, persona, own, {
        consent: { privacy: true, retainAfterProcess: false, givenAt: serverTimestamp(), withdrawnAt: null, source: 'adviser', shareWithOrganisations: true },
      }),
    restores: [own],
  },
  {
    action: 'also share a dossier Nijmegen shares with Midden-Brabant with Brabant-Oost',
    allowed: staff,
    attempt: (db, persona) => updateDossier(db, persona, shared, { regionIds: [ids.nijmegen, ids.middenBrabant, ids.brabantOost] }),
    restores: [shared],
  },
  {
    action: 'stop sharing a dossier with Midden-Brabant',
    allowed: staff,
    attempt: (db, persona) => updateDossier(db, persona, shared, { regionIds: [ids.nijmegen] }),
    restores: [shared],
  },
  {
    action: 'take the home region out of a shared dossier',
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, shared, { regionIds: [ids.middenBrabant] }),
    restores: [shared],
  },
  {
    action: "move a shared dossier's home region to Midden-Brabant",
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, shared, { homeRegionId: ids.middenBrabant }),
    restores: [shared],
  },
  {
    action: "link another account to the candidate's dossier",
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, own, { authUid: 'u-outsider' }),
    restores: [own],
  },
  {
    action: "add school B to the organisations the candidate was introduced to",
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, own, { introducedOrganisationIds: arrayUnion(ids.schoolB) }),
    restores: [own],
  },
  {
    action: "rewrite who created the candidate's dossier",
    allowed: [],
    attempt: (db, persona) => updateDossier(db, persona, own, { createdBy: 'u-director' }),
    restores: [own],
  },
  {
    action: "delete the candidate's dossier",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, own)),
    restores: [own],
  },
]);

describe('candidates/{c}: every change is attributed', () => {
  test('an adviser cannot change a dossier without stamping it', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), own), { notes: 'Gebeld' }));
  });

  test("an adviser cannot stamp a change with the coordinator's uid", async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), own), { notes: 'Gebeld', updatedBy: 'u-coordinator', updatedAt: serverTimestamp() }));
  });

  test('an adviser cannot backdate a change', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), own), { notes: 'Gebeld', updatedBy: 'u-adviser', updatedAt: longAgo }));
  });

  test('an adviser cannot turn the sharing list into something other than a list', async () => {
    await expectAllowed(
      false,
      updateDossier(dbAs('adviser'), 'adviser', own, { regionIds: { [ids.nijmegen]: true, [ids.middenBrabant]: true } }),
    );
  });

  test('a stamped change by an adviser is stored with their uid', async () => {
    await expectAllowed(true, updateDossier(dbAs('adviser'), 'adviser', own, { place: 'Arnhem' }), [own]);
  });

  test("a change refused to the candidate leaves the dossier as it was", async () => {
    await expectAllowed(false, updateDossier(dbAs('candidate'), 'candidate', own, { place: 'Arnhem' }));
    const stored = await readAsServer(own);
    expect(stored?.place).toBe('Nijmegen');
    expect(stored?.updatedBy).toBe('u-adviser');
  });
});

describe("candidates/{c}: what staff keep of the candidate's consent decisions", () => {
  test('an adviser can record the other consent fields, and the decisions per region stay as they were', async () => {
    const before = await readAsServer(own);
    try {
      await updateDossier(dbAs('adviser'), 'adviser', own, { 'consent.retainAfterProcess': true });
      const stored = await readAsServer(own);
      expect(stored?.consent?.retainAfterProcess).toBe(true);
      expect(stored?.consent?.regions).toEqual(before?.consent?.regions);
      expect(stored?.consent?.withdrawnRegionIds).toEqual([ids.middenBrabant]);
    } finally {
      await restore([own]);
    }
  });

  test('a refused re-sharing leaves the sharing and the withdrawal as they were', async () => {
    await expectAllowed(false, updateDossier(dbAs('coordinator'), 'coordinator', own, { regionIds: [ids.nijmegen, ids.middenBrabant] }));
    const stored = await readAsServer(own);
    expect(stored?.regionIds).toEqual([ids.nijmegen]);
    expect(stored?.consent?.withdrawnRegionIds).toEqual([ids.middenBrabant]);
  });
});

describe('candidates/{c}: the candidate changes no field of their dossier (functions do it for them)', () => {
  const sampleValues: Record<string, unknown> = {
    name: 'Andere Naam',
    email: 'ander@example.org',
    phone: '06 12345678',
    linkedin: 'https://www.linkedin.com/in/iemand',
    birthDate: '1990-01-01',
    address: 'Hoofdstraat 1',
    postcode: '6511 AA',
    place: 'Arnhem',
    motivation: 'Ik wil lesgeven',
    sectors: ['vo'],
    functions: ['teacher'],
    qualifications: ['pabo'],
    subjects: ['wiskunde'],
    priorEducation: 'hbo',
    matchPreferences: { hoursPerWeek: 24, availableFrom: '2026-09-01', maxDistanceKm: 30 },
    consent: { privacy: false, retainAfterProcess: false, givenAt: null, withdrawnAt: serverTimestamp(), source: 'self_service', shareWithOrganisations: false },
    phase: 'matching',
    status: 'paused',
    exitReason: 'other',
    ownerUid: 'u-candidate',
    homeRegionId: ids.middenBrabant,
    regionIds: [ids.nijmegen, ids.brabantOost],
    source: 'self_service',
    tags: ['vip'],
    bottlenecks: ['geen'],
    customFields: { x: 'y' },
    notes: 'Mijn eigen notitie',
    lastContactAt: serverTimestamp(),
    authUid: 'u-outsider',
    introducedOrganisationIds: [ids.schoolB],
    intakeRouting: { municipality: 'Tilburg', suggestedRegionId: ids.middenBrabant, at: serverTimestamp() },
    journey: [{ phase: 'preparation', status: 'started', exitReason: null, at: new Date() }],
    createdAt: serverTimestamp(),
    createdBy: 'u-candidate',
    phaseSince: serverTimestamp(),
  };
  const fieldsOfDossier = Object.keys(
    candidate({ name: 'x', homeRegionId: ids.nijmegen, regionIds: [ids.nijmegen], authUid: null, introducedOrganisationIds: [], at: new Date() }),
  ).filter((field) => !['updatedAt', 'updatedBy'].includes(field));

  test('every field of the dossier has a sample value here', () => {
    expect(fieldsOfDossier.filter((field) => !(field in sampleValues))).toEqual([]);
  });

  for (const field of fieldsOfDossier) {
    test(`the candidate cannot change ${field}`, async () => {
      await expectAllowed(false, updateDossier(dbAs('candidate'), 'candidate', own, { [field]: sampleValues[field] }));
    });
  }

  test("the candidate cannot withdraw their consent for their home region by editing the dossier", async () => {
    await expectAllowed(
      false,
      updateDossier(dbAs('candidate'), 'candidate', own, {
        [`consent.regions.${ids.nijmegen}`]: { given: false, at: serverTimestamp() },
        'consent.withdrawnRegionIds': [ids.middenBrabant, ids.nijmegen],
      }),
    );
  });

  for (const field of candidateServerOwnedFields) {
    test(`an adviser cannot change the server-owned field ${field}`, async () => {
      await expectAllowed(false, updateDossier(dbAs('adviser'), 'adviser', own, { [field]: sampleValues[field] }));
    });
  }
});

const ownInteractions = `${own}/interactions`;

/** The region and organisation a persona would naturally act for. */
function onBehalfOf(persona: Persona): { regionId: string; organisationId: string | null } {
  switch (persona) {
    case 'hr':
      return { regionId: ids.nijmegen, organisationId: ids.schoolA };
    case 'otherHr':
      return { regionId: ids.nijmegen, organisationId: ids.schoolB };
    case 'training':
      return { regionId: ids.nijmegen, organisationId: ids.instituteA };
    case 'crossAdviser':
      return { regionId: ids.middenBrabant, organisationId: null };
    default:
      return { regionId: ids.nijmegen, organisationId: null };
  }
}

function newInteraction(persona: Persona, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'phone',
    summary: 'Telefonisch contact',
    notes: null,
    performedAt: Timestamp.fromDate(new Date()),
    durationMinutes: 10,
    ...onBehalfOf(persona),
    authorUid: actingUid(persona),
    authorName: actingUid(persona),
    createdAt: serverTimestamp(),
    ...overrides,
  };
}

accessTable('candidates/{c}/interactions: the shared contact history', [
  {
    action: "read the candidate's contact history",
    allowed: [...staff, 'hr'],
    attempt: (db) => getDocs(collection(db, ownInteractions)),
  },
  {
    action: "read the contact history of a dossier Nijmegen shares with Midden-Brabant",
    allowed: [...staff, 'crossAdviser'],
    attempt: (db) => getDocs(collection(db, shared, 'interactions')),
  },
  {
    action: 'log a contact with the candidate, as themselves',
    allowed: [...staff, 'hr'],
    attempt: (db, persona) => setDoc(doc(db, ownInteractions, 'int-new'), newInteraction(persona)),
    restores: [`${ownInteractions}/int-new`],
  },
  {
    action: 'log a contact with the shared candidate, as themselves',
    allowed: [...staff, 'crossAdviser'],
    attempt: (db, persona) => setDoc(doc(db, shared, 'interactions', 'int-new'), newInteraction(persona)),
    restores: [`${shared}/interactions/int-new`],
  },
  {
    action: 'correct a logged contact',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, ownInteractions, 'int-1'), { summary: 'Anders' }),
    restores: [`${ownInteractions}/int-1`],
  },
  {
    action: 'delete a logged contact',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, ownInteractions, 'int-1')),
    restores: [`${ownInteractions}/int-1`],
  },
]);

describe('interactions: nobody forges author, time or affiliation', () => {
  test('an adviser cannot log a contact in the name of the coordinator', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), ownInteractions, 'int-new'), newInteraction('adviser', { authorUid: 'u-coordinator' })));
  });

  test('an adviser cannot backdate when a contact was logged', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('adviser'), ownInteractions, 'int-new'), newInteraction('adviser', { createdAt: longAgo })));
  });

  test("an adviser cannot log a contact on behalf of a region that doesn't hold the dossier", async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('adviser'), ownInteractions, 'int-new'), newInteraction('adviser', { regionId: ids.middenBrabant })),
    );
  });

  test("a Midden-Brabant adviser cannot log a contact with a Nijmegen-only candidate on behalf of a Midden-Brabant school", async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('crossAdviser'), ownInteractions, 'int-new'), newInteraction('crossAdviser', { organisationId: ids.mbSchool })),
    );
  });

  test('an HR officer cannot log a contact on behalf of the region', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('hr'), ownInteractions, 'int-new'), newInteraction('hr', { organisationId: null })));
  });

  test('an HR officer cannot log a contact on behalf of another school', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('hr'), ownInteractions, 'int-new'), newInteraction('hr', { organisationId: ids.schoolB })),
    );
  });

  test('an adviser can log a contact on behalf of an organisation in their region (the desk)', async () => {
    await expectAllowed(
      true,
      setDoc(doc(dbAs('adviser'), ownInteractions, 'int-new'), newInteraction('adviser', { organisationId: 'desk-nijmegen' })),
      [`${ownInteractions}/int-new`],
    );
  });
});

accessTable('candidates/{c}/audit: who changed what (functions only)', [
  {
    action: "read the candidate's audit trail",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, own, 'audit')),
  },
  {
    action: 'read the audit trail of a dossier Nijmegen shares with Midden-Brabant',
    allowed: [...staff, 'crossAdviser'],
    attempt: (db) => getDocs(collection(db, shared, 'audit')),
  },
  {
    action: 'add an audit entry',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, own, 'audit', 'ev-new'), {
        action: 'update',
        actor: actingUid(persona),
        at: serverTimestamp(),
        changedFields: ['notes'],
        from: null,
        to: null,
      }),
    restores: [`${own}/audit/ev-new`],
  },
  {
    action: 'rewrite an audit entry',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, own, 'audit', 'ev-1'), { actor: 'u-director' }),
    restores: [`${own}/audit/ev-1`],
  },
  {
    action: 'delete an audit entry',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, own, 'audit', 'ev-1')),
    restores: [`${own}/audit/ev-1`],
  },
]);

const presence = `${own}/presence`;

accessTable('candidates/{c}/presence: who has the dossier open', [
  {
    action: "see who has the candidate's dossier open",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, presence)),
  },
  {
    action: "announce they have the candidate's dossier open",
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, presence, actingUid(persona)), { at: serverTimestamp() }),
    restores: [`${presence}/u-coordinator`, `${presence}/u-adviser`],
  },
  {
    action: "announce the adviser has the candidate's dossier open",
    allowed: ['adviser'],
    attempt: (db) => setDoc(doc(db, presence, 'u-adviser'), { at: serverTimestamp() }),
    restores: [`${presence}/u-adviser`],
  },
  {
    action: "remove their own presence entry",
    allowed: signedInPersonas,
    attempt: (db, persona) => deleteDoc(doc(db, presence, actingUid(persona))),
    restores: [`${presence}/u-adviser`],
  },
  {
    action: "remove the adviser's presence entry",
    allowed: ['adviser'],
    attempt: (db) => deleteDoc(doc(db, presence, 'u-adviser')),
    restores: [`${presence}/u-adviser`],
  },
]);

// Suggestions: see matching.test.ts.

describe('candidates/{c}: a dossier edit never overwrites a value the editor has not seen', () => {
  const presenceOf = (persona: Persona) => `${own}/presence/${actingUid(persona)}`;

  /** The dossier editor's write: the field, and in the same batch the value it started from. */
  function editWithBase(persona: Persona, field: string, key: string | null, base: unknown, value: unknown): Promise<void> {
    const db = dbAs(persona);
    const batch = writeBatch(db);
    batch.update(doc(db, own), stamped(persona, { [key ? `${field}.${key}` : field]: value }));
    batch.set(
      doc(db, presenceOf(persona)),
      { displayName: 'Adviseur', at: serverTimestamp(), lastEdit: { field, key, base, at: serverTimestamp() } },
      { merge: true },
    );
    return batch.commit();
  }

  test('an adviser saves a field that still holds the value they started from', async () => {
    await expectAllowed(true, editWithBase('adviser', 'motivation', null, null, 'Wil wiskunde geven'), [own, presenceOf('adviser')]);
  });

  test('an adviser cannot save a field someone changed since they started editing', async () => {
    await expectAllowed(false, editWithBase('adviser', 'motivation', null, 'Een oudere motivatie', 'Wil wiskunde geven'));
    expect((await readAsServer(own))?.motivation).toBeNull();
  });

  test('the same check holds for one entry of the custom fields', async () => {
    await expectAllowed(false, editWithBase('coordinator', 'customFields', 'campagne', 'radio', 'tv'));
    await expectAllowed(true, editWithBase('coordinator', 'customFields', 'campagne', null, 'tv'), [own, presenceOf('coordinator')]);
  });

  test('an old edit record in the presence entry does not block a later write without one', async () => {
    const db = dbAs('adviser');
    await setDoc(doc(db, presenceOf('adviser')), { displayName: 'Adviseur', at: serverTimestamp(), lastEdit: { field: 'motivation', key: null, base: 'iets anders', at: longAgo } });
    await expectAllowed(true, updateDossier(db, 'adviser', own, { motivation: 'Via het bord' }), [own, presenceOf('adviser')]);
  });
});
