// Matching: introductions (what a school or institute sees of a proposed candidate, and how it
// answers), matches, a candidate's suggestions, the matching offer snapshot, and who sets a
// candidate's match preferences.
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { closedMatchStatuses, matchStatuses, organisationMatchStatuses, type MatchStatus } from '@koers/domain';
import { describe, expect, test } from 'vitest';
import {
  accessTable,
  actingUid,
  buildWorld,
  dbAs,
  expectAllowed,
  ids,
  nijmegenStaff,
  readAsServer,
  restore,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const nij = `regions/${ids.nijmegen}`;
const world = buildWorld();
const staff = nijmegenStaff;
const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));
const nextWeek = Timestamp.fromDate(new Date(Date.now() + 7 * 24 * 60 * 60 * 1000));

const introA = `${nij}/organisations/${ids.schoolA}/introductions/match-a`;
const introB = `${nij}/organisations/${ids.schoolB}/introductions/match-b`;
const introP = `${nij}/organisations/${ids.instituteA}/introductions/match-p`;

function fixture(path: string): Record<string, unknown> {
  const data = world[path];
  if (!data) throw new Error(`no fixture at ${path}`);
  return { ...data };
}

/** The app's list query: one organisation's introductions, newest first. */
function listIntroductions(db: Firestore, organisationId: string) {
  return getDocs(
    query(collection(db, nij, 'organisations', organisationId, 'introductions'), orderBy('createdAt', 'desc'), limit(50)),
  );
}

interface Answer {
  status?: MatchStatus;
  response?: string | null;
  plannedAt?: Timestamp | null;
}

/** An answer as the organisation page writes it: the fields given, stamped by the caller, now. */
function answer(db: Firestore, persona: Persona, path: string, fields: Answer): Promise<void> {
  return updateDoc(doc(db, path), { ...fields, respondedAt: serverTimestamp(), respondedBy: actingUid(persona) });
}

// ------------------------------------------------------------------ introductions

accessTable('regions/{r}/organisations/{o}/introductions: who reads an introduction', [
  {
    action: "read school A's introduction",
    allowed: ['hr', ...staff],
    attempt: (db) => getDoc(doc(db, introA)),
  },
  {
    action: "list school A's introductions (newest first)",
    allowed: ['hr', ...staff],
    attempt: (db) => listIntroductions(db, ids.schoolA),
  },
  {
    action: "read school B's introduction",
    allowed: ['otherHr', ...staff],
    attempt: (db) => getDoc(doc(db, introB)),
  },
  {
    action: "list institute A's introductions (newest first)",
    allowed: ['training', ...staff],
    attempt: (db) => listIntroductions(db, ids.instituteA),
  },
  {
    action: "read institute A's introduction",
    allowed: ['training', ...staff],
    attempt: (db) => getDoc(doc(db, introP)),
  },
]);

accessTable('regions/{r}/organisations/{o}/introductions: who answers an introduction', [
  {
    action: "accept school A's introduction",
    allowed: ['hr'],
    attempt: (db, persona) => answer(db, persona, introA, { status: 'accepted' }),
    restores: [introA],
  },
  {
    action: "ask for a conversation about school A's introduction, with a message",
    allowed: ['hr'],
    attempt: (db, persona) => answer(db, persona, introA, { status: 'conversation_requested', response: 'Graag een gesprek' }),
    restores: [introA],
  },
  {
    action: "plan an interview for school A's introduction",
    allowed: ['hr'],
    attempt: (db, persona) => answer(db, persona, introA, { status: 'interview_planned', plannedAt: nextWeek }),
    restores: [introA],
  },
  {
    action: "decline school A's introduction, giving a reason",
    allowed: ['hr'],
    attempt: (db, persona) => answer(db, persona, introA, { status: 'declined', response: 'Geen plek dit schooljaar' }),
    restores: [introA],
  },
  {
    action: "write a message on school A's introduction without changing its status",
    allowed: ['hr'],
    attempt: (db, persona) => answer(db, persona, introA, { response: 'Bedankt, we kijken ernaar' }),
    restores: [introA],
  },
  {
    action: "accept institute A's introduction",
    allowed: ['training'],
    attempt: (db, persona) => answer(db, persona, introP, { status: 'accepted' }),
    restores: [introP],
  },
  {
    action: "record an enrolment on institute A's introduction",
    allowed: ['training'],
    attempt: (db, persona) => answer(db, persona, introP, { status: 'enrolled' }),
    restores: [introP],
  },
  {
    action: "change the candidate profile in school A's introduction",
    allowed: [],
    attempt: (db, persona) =>
      updateDoc(doc(db, introA), { 'profile.firstName': 'Iemand', respondedAt: serverTimestamp(), respondedBy: actingUid(persona) }),
    restores: [introA],
  },
  {
    action: "change the match id of school A's introduction",
    allowed: [],
    attempt: (db, persona) =>
      updateDoc(doc(db, introA), { matchId: 'match-b', respondedAt: serverTimestamp(), respondedBy: actingUid(persona) }),
    restores: [introA],
  },
  {
    action: "change the adviser's note on school A's introduction",
    allowed: [],
    attempt: (db, persona) =>
      updateDoc(doc(db, introA), { note: 'Anders', respondedAt: serverTimestamp(), respondedBy: actingUid(persona) }),
    restores: [introA],
  },
  {
    action: "change what school A's introduction is for (vacancy, kind)",
    allowed: [],
    attempt: (db, persona) =>
      updateDoc(doc(db, introA), {
        vacancyId: 'vac-draft',
        targetKind: 'programme',
        respondedAt: serverTimestamp(),
        respondedBy: actingUid(persona),
      }),
    restores: [introA],
  },
  {
    action: 'create an introduction',
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, nij, 'organisations', ids.schoolA, 'introductions', 'match-new'), { ...fixture(introA), matchId: 'match-new' }),
    restores: [`${nij}/organisations/${ids.schoolA}/introductions/match-new`],
  },
  {
    action: "delete school A's introduction",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, introA)),
    restores: [introA],
  },
]);

describe('introductions: a membership counts in its own region only', () => {
  // The same organisation id under another region: school A's HR officer has no role there.
  const borrowed = `regions/${ids.middenBrabant}/organisations/${ids.schoolA}/introductions/match-x`;

  test("school A's HR officer cannot read or answer an introduction under the same organisation id in another region", async () => {
    await withServerChanges({ [borrowed]: { ...fixture(introA), matchId: 'match-x' } }, async () => {
      await expectAllowed(false, getDoc(doc(dbAs('hr'), borrowed)));
      await expectAllowed(false, answer(dbAs('hr'), 'hr', borrowed, { status: 'accepted' }), [borrowed]);
      await expectAllowed(true, getDoc(doc(dbAs('crossAdviser'), borrowed)));
    });
  });
});

describe('introductions: an answer is attributed to its writer, now', () => {
  test('an HR officer cannot answer in the name of a colleague', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('hr'), introA), { status: 'accepted', respondedAt: serverTimestamp(), respondedBy: 'u-hr-b' }),
    );
  });

  test('an HR officer cannot backdate an answer', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('hr'), introA), { status: 'accepted', respondedAt: longAgo, respondedBy: 'u-hr' }));
  });

  test('an HR officer cannot answer without stamping the answer', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('hr'), introA), { status: 'accepted' }));
  });

  test('an accepted answer is stored with the HR officer and the server time', async () => {
    const before = Date.now();
    try {
      await answer(dbAs('hr'), 'hr', introA, { status: 'accepted' });
      const stored = await readAsServer(introA);
      expect(stored?.status).toBe('accepted');
      expect(stored?.respondedBy).toBe('u-hr');
      expect((stored?.respondedAt as Timestamp).toMillis()).toBeGreaterThanOrEqual(before - 60_000);
    } finally {
      await restore([introA]);
    }
  });
});

describe("introductions: a school sets a school's steps, an institute an institute's", () => {
  const reasonFor = (status: MatchStatus) => (status === 'declined' ? { response: 'Past niet bij ons' } : {});

  for (const status of organisationMatchStatuses.school) {
    test(`a school's HR officer can set "${status}"`, async () => {
      await expectAllowed(true, answer(dbAs('hr'), 'hr', introA, { status, ...reasonFor(status) }), [introA]);
    });
  }

  for (const status of matchStatuses.filter((s) => !(organisationMatchStatuses.school as readonly string[]).includes(s))) {
    // From an accepted introduction, so that "proposed" is a change too.
    test(`a school's HR officer cannot set "${status}"`, async () => {
      await withServerChanges({ [introA]: { status: 'accepted' } }, async () => {
        await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { status, response: 'Reden' }), [introA]);
      });
    });
  }

  for (const status of organisationMatchStatuses.training_institute) {
    test(`an institute's training staff can set "${status}"`, async () => {
      await expectAllowed(true, answer(dbAs('training'), 'training', introP, { status, ...reasonFor(status) }), [introP]);
    });
  }

  for (const status of matchStatuses.filter((s) => !(organisationMatchStatuses.training_institute as readonly string[]).includes(s))) {
    test(`an institute's training staff cannot set "${status}"`, async () => {
      await withServerChanges({ [introP]: { status: 'accepted' } }, async () => {
        await expectAllowed(false, answer(dbAs('training'), 'training', introP, { status, response: 'Reden' }), [introP]);
      });
    });
  }
});

describe('introductions: closed is closed, a decline says why, a planned time is a time', () => {
  for (const closed of closedMatchStatuses) {
    test(`an HR officer cannot change an introduction that is "${closed}"`, async () => {
      await withServerChanges({ [introA]: { status: closed, response: 'Afgesloten' } }, async () => {
        await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { status: 'accepted' }), [introA]);
        await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { response: 'Toch nog een vraag' }), [introA]);
      });
    });
  }

  test('an HR officer can still move an introduction on from an open step (accepted → contract)', async () => {
    await withServerChanges({ [introA]: { status: 'accepted' } }, async () => {
      await expectAllowed(true, answer(dbAs('hr'), 'hr', introA, { status: 'contract' }), [introA]);
    });
  });

  test('an HR officer cannot decline without a reason', async () => {
    await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { status: 'declined' }), [introA]);
    await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { status: 'declined', response: null }), [introA]);
    await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { status: 'declined', response: '   ' }), [introA]);
  });

  test('an HR officer cannot write a message longer than 500 characters', async () => {
    await expectAllowed(false, answer(dbAs('hr'), 'hr', introA, { response: 'x'.repeat(501) }), [introA]);
  });

  test('an HR officer cannot plan an interview at something that is not a time', async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('hr'), introA), {
        status: 'interview_planned',
        plannedAt: 'volgende week',
        respondedAt: serverTimestamp(),
        respondedBy: 'u-hr',
      }),
      [introA],
    );
  });

  test('an HR officer can clear a planned time', async () => {
    await withServerChanges({ [introA]: { status: 'interview_planned', plannedAt: nextWeek.toDate() } }, async () => {
      await expectAllowed(true, answer(dbAs('hr'), 'hr', introA, { plannedAt: null }), [introA]);
    });
  });
});

// ------------------------------------------------------------------ matches

const matchA = `${nij}/matches/match-a`;

accessTable('regions/{r}/matches: proposals (match workflow only)', [
  {
    action: "list Nijmegen's matches",
    allowed: staff,
    attempt: (db) => getDocs(collection(db, nij, 'matches')),
  },
  {
    action: 'read a match',
    allowed: staff,
    attempt: (db) => getDoc(doc(db, matchA)),
  },
  {
    action: 'change the status of a match',
    allowed: [],
    attempt: (db) => updateDoc(doc(db, matchA), { status: 'accepted' }),
    restores: [matchA],
  },
  {
    action: 'create a match',
    allowed: [],
    attempt: (db) => setDoc(doc(db, nij, 'matches', 'match-new'), { ...fixture(matchA), candidateId: ids.otherCandidate }),
    restores: [`${nij}/matches/match-new`],
  },
  {
    action: 'delete a match',
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, matchA)),
    restores: [matchA],
  },
]);

// ------------------------------------------------------------------ suggestions

const suggestionsOf = (c: string) => `candidates/${c}/suggestions/current`;

accessTable('candidates/{c}/suggestions: scored suggestions (matching functions only)', [
  {
    action: "read the Nijmegen candidate's suggestions",
    allowed: staff,
    attempt: (db) => getDoc(doc(db, suggestionsOf(ids.ownCandidate))),
  },
  {
    action: "read the suggestions of a dossier shared with Midden-Brabant",
    allowed: [...staff, 'crossAdviser'],
    attempt: (db) => getDoc(doc(db, suggestionsOf(ids.sharedCandidate))),
  },
  {
    action: "read the Midden-Brabant candidate's suggestions",
    allowed: ['crossAdviser'],
    attempt: (db) => getDoc(doc(db, suggestionsOf(ids.mbCandidate))),
  },
  {
    action: "change the candidate's suggestions",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, suggestionsOf(ids.ownCandidate)), { items: [] }),
    restores: [suggestionsOf(ids.ownCandidate)],
  },
  {
    action: "write suggestions for the candidate who has none",
    allowed: [],
    attempt: (db) => setDoc(doc(db, suggestionsOf(ids.otherCandidate)), { items: [], computedAt: serverTimestamp() }),
    restores: [suggestionsOf(ids.otherCandidate)],
  },
  {
    action: "delete the candidate's suggestions",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, suggestionsOf(ids.ownCandidate))),
    restores: [suggestionsOf(ids.ownCandidate)],
  },
]);

// ------------------------------------------------------------------ matching offer

const offerChunk = `${nij}/matchingOffer/chunk-000`;

accessTable('regions/{r}/matchingOffer: the matching functions’ snapshot of the offer (server only)', [
  {
    action: "read Nijmegen's matching offer",
    allowed: [],
    attempt: (db) => getDoc(doc(db, offerChunk)),
  },
  {
    action: "list Nijmegen's matching offer",
    allowed: [],
    attempt: (db) => getDocs(collection(db, nij, 'matchingOffer')),
  },
  {
    action: "change Nijmegen's matching offer",
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, offerChunk), {
        targets: [],
        builtAt: serverTimestamp(),
        sourceReadAt: serverTimestamp(),
        buildId: 'forged',
        index: 0,
        count: 1,
      }),
    restores: [offerChunk],
  },
  {
    action: "delete Nijmegen's matching offer",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, offerChunk)),
    restores: [offerChunk],
  },
]);

// ------------------------------------------------------------------ match preferences

const ownDossier = `candidates/${ids.ownCandidate}`;

accessTable("candidates/{c}: the candidate's match preferences", [
  {
    // The candidate sets their own through the updateMyProfile function.
    action: "set the candidate's match preferences",
    allowed: staff,
    attempt: (db, persona) =>
      updateDoc(doc(db, ownDossier), {
        matchPreferences: { hoursPerWeek: 24, availableFrom: '2026-09-01', maxDistanceKm: 30 },
        updatedAt: serverTimestamp(),
        updatedBy: actingUid(persona),
      }),
    restores: [ownDossier],
  },
]);
