// The candidate's own side: the view of their dossier (candidateViews/{c}), the next steps the
// adviser sets and they tick off (candidates/{c}/steps), their feedback, the published activities
// of every region, and what withdrawing consent for a region does to that region's access.
import {
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
import { describe, expect, test } from 'vitest';
import {
  accessTable,
  actingUid,
  dbAs,
  expectAllowed,
  ids,
  nijmegenStaff,
  signedInPersonas,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const staff = nijmegenStaff;
const nij = `regions/${ids.nijmegen}`;
const longAgo = Timestamp.fromDate(new Date('2020-01-01T00:00:00Z'));

// ------------------------------------------------------------------ candidateViews

const ownView = `candidateViews/${ids.ownCandidate}`;

accessTable("candidateViews/{c}: what the candidate sees of their dossier", [
  {
    action: "read the candidate's view of their dossier",
    allowed: ['candidate'],
    attempt: (db) => getDoc(doc(db, ownView)),
  },
  {
    action: "read the other candidate's view of their dossier",
    allowed: ['otherCandidate'],
    attempt: (db) => getDoc(doc(db, 'candidateViews', ids.otherCandidate)),
  },
  {
    action: "read the view of a dossier without an account",
    allowed: [],
    attempt: (db) => getDoc(doc(db, 'candidateViews', ids.sharedCandidate)),
  },
  {
    action: 'list the views of all candidates',
    allowed: [],
    attempt: (db) => getDocs(collection(db, 'candidateViews')),
  },
  {
    action: "change the phase in the candidate's view",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, ownView), { phase: 'preparation' }),
    restores: [ownView],
  },
  {
    action: "add an adviser's notes to the candidate's view",
    allowed: [],
    attempt: (db) => setDoc(doc(db, ownView), { notes: 'Interne notitie' }, { merge: true }),
    restores: [ownView],
  },
  {
    action: 'create a view for a dossier without one',
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'candidateViews', ids.sharedCandidate), { name: 'Shared Candidate', phase: 'interest' }),
    restores: [`candidateViews/${ids.sharedCandidate}`],
  },
  {
    action: "delete the candidate's view",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, ownView)),
    restores: [ownView],
  },
]);

// ------------------------------------------------------------------ next steps

const ownSteps = `candidates/${ids.ownCandidate}/steps`;
const openStep = `${ownSteps}/step-open`;
const doneStep = `${ownSteps}/step-done`;
const sharedSteps = `candidates/${ids.sharedCandidate}/steps`;
const mbSteps = `candidates/${ids.mbCandidate}/steps`;
const otherSteps = `candidates/${ids.otherCandidate}/steps`;

/** A valid new step set by `persona` now (nextStepSchema). */
function newStep(persona: Persona, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const uid = actingUid(persona);
  return {
    title: 'Lees over de zij-instroom',
    detail: null,
    dueDate: null,
    order: 3,
    done: false,
    doneAt: null,
    doneBy: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
    ...overrides,
  };
}

/** Ticking a step off as `persona`: done, by themselves, now. */
function tickOff(persona: Persona): Record<string, unknown> {
  return { done: true, doneBy: actingUid(persona), doneAt: serverTimestamp() };
}

function stamped(persona: Persona, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...changes, updatedAt: serverTimestamp(), updatedBy: actingUid(persona) };
}

accessTable('candidates/{c}/steps: reading next steps', [
  {
    action: "read the candidate's next steps",
    allowed: [...staff, 'candidate'],
    attempt: (db) => getDocs(collection(db, ownSteps)),
  },
  {
    action: "read one of the candidate's next steps",
    allowed: [...staff, 'candidate'],
    attempt: (db) => getDoc(doc(db, openStep)),
  },
  {
    action: "read the other candidate's next steps",
    allowed: [...staff, 'otherCandidate'],
    attempt: (db) => getDocs(collection(db, otherSteps)),
  },
  {
    action: 'read the next steps of a dossier Nijmegen shares with Midden-Brabant',
    allowed: [...staff, 'crossAdviser'],
    attempt: (db) => getDocs(collection(db, sharedSteps)),
  },
  {
    action: 'read the next steps of a Midden-Brabant-only dossier',
    allowed: ['crossAdviser'],
    attempt: (db) => getDocs(collection(db, mbSteps)),
  },
  {
    action: "list every dossier's next steps at once",
    allowed: [],
    attempt: (db) => getDocs(collectionGroup(db, 'steps')),
  },
]);

accessTable('candidates/{c}/steps: setting next steps', [
  {
    action: 'set the candidate a next step, as themselves',
    allowed: staff,
    attempt: (db, persona) => setDoc(doc(db, ownSteps, 'step-new'), newStep(persona)),
    restores: [`${ownSteps}/step-new`],
  },
  {
    action: 'set a next step on a dossier Nijmegen shares with Midden-Brabant',
    allowed: [...staff, 'crossAdviser'],
    attempt: (db, persona) => setDoc(doc(db, sharedSteps, 'step-new'), newStep(persona)),
    restores: [`${sharedSteps}/step-new`],
  },
  {
    action: 'set a next step on a Midden-Brabant-only dossier',
    allowed: ['crossAdviser'],
    attempt: (db, persona) => setDoc(doc(db, mbSteps, 'step-new'), newStep(persona)),
    restores: [`${mbSteps}/step-new`],
  },
  {
    action: 'set the candidate a next step that is already ticked off',
    allowed: [],
    attempt: (db, persona) =>
      setDoc(doc(db, ownSteps, 'step-new'), newStep(persona, { done: true, doneBy: actingUid(persona), doneAt: serverTimestamp() })),
    restores: [`${ownSteps}/step-new`],
  },
  {
    action: "set the candidate a next step in the coordinator's name",
    allowed: ['coordinator'],
    attempt: (db, persona) =>
      setDoc(doc(db, ownSteps, 'step-new'), newStep(persona, { createdBy: 'u-coordinator', updatedBy: 'u-coordinator' })),
    restores: [`${ownSteps}/step-new`],
  },
  {
    action: 'set the candidate a backdated next step',
    allowed: [],
    attempt: (db, persona) => setDoc(doc(db, ownSteps, 'step-new'), newStep(persona, { createdAt: longAgo })),
    restores: [`${ownSteps}/step-new`],
  },
  {
    action: "reword one of the candidate's next steps, as themselves",
    allowed: staff,
    attempt: (db, persona) => updateDoc(doc(db, openStep), stamped(persona, { title: 'Meld je aan voor twee meeloopdagen' })),
    restores: [openStep],
  },
  {
    action: "reword one of the candidate's next steps without saying who did",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, openStep), { title: 'Meld je aan voor twee meeloopdagen' }),
    restores: [openStep],
  },
  {
    action: "rewrite who set one of the candidate's next steps",
    allowed: [],
    attempt: (db, persona) => updateDoc(doc(db, openStep), stamped(persona, { createdBy: 'u-director' })),
    restores: [openStep],
  },
  {
    action: "remove a next step from the candidate's list",
    allowed: staff,
    attempt: (db) => deleteDoc(doc(db, openStep)),
    restores: [openStep],
  },
  {
    action: "remove a next step from a Midden-Brabant-only dossier's list",
    allowed: ['crossAdviser'],
    attempt: (db) => deleteDoc(doc(db, mbSteps, 'step-open')),
    restores: [`${mbSteps}/step-open`],
  },
]);

accessTable('candidates/{c}/steps: ticking next steps off', [
  {
    action: "tick off the candidate's open step (done, by themselves, now)",
    allowed: ['candidate'],
    attempt: (db, persona) => updateDoc(doc(db, openStep), tickOff(persona)),
    restores: [openStep],
  },
  {
    action: "tick off the candidate's open step in an attributed edit",
    allowed: staff,
    attempt: (db, persona) => updateDoc(doc(db, openStep), stamped(persona, tickOff(persona))),
    restores: [openStep],
  },
  {
    action: "tick off the other candidate's open step (done, by themselves, now)",
    allowed: ['otherCandidate'],
    attempt: (db, persona) => updateDoc(doc(db, otherSteps, 'step-open'), tickOff(persona)),
    restores: [`${otherSteps}/step-open`],
  },
  {
    action: "tick off the open step of a Midden-Brabant-only dossier without an attributed edit",
    allowed: [],
    attempt: (db, persona) => updateDoc(doc(db, mbSteps, 'step-open'), tickOff(persona)),
    restores: [`${mbSteps}/step-open`],
  },
  {
    action: "tick off the candidate's open step in the adviser's name",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, openStep), { done: true, doneBy: 'u-adviser', doneAt: serverTimestamp() }),
    restores: [openStep],
  },
  {
    action: "tick off the candidate's open step without saying who did",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, openStep), { done: true, doneBy: null, doneAt: serverTimestamp() }),
    restores: [openStep],
  },
  {
    action: "tick off the candidate's open step as done long ago",
    allowed: [],
    attempt: (db, persona) => updateDoc(doc(db, openStep), { done: true, doneBy: actingUid(persona), doneAt: longAgo }),
    restores: [openStep],
  },
  {
    action: "tick off the candidate's open step with a made-up done flag",
    allowed: [],
    attempt: (db, persona) => updateDoc(doc(db, openStep), { done: 'ja', doneBy: actingUid(persona), doneAt: serverTimestamp() }),
    restores: [openStep],
  },
  {
    action: "reword the candidate's open step while ticking it off, without an attributed edit",
    allowed: [],
    attempt: (db, persona) => updateDoc(doc(db, openStep), { ...tickOff(persona), title: 'Al gedaan' }),
    restores: [openStep],
  },
  {
    action: "move the candidate's open step to the top of the list, without an attributed edit",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, openStep), { order: 0 }),
    restores: [openStep],
  },
  {
    action: "put the candidate's ticked-off step back on the list (not done, no time, nobody)",
    allowed: ['candidate'],
    attempt: (db) => updateDoc(doc(db, doneStep), { done: false, doneBy: null, doneAt: null }),
    restores: [doneStep],
  },
  {
    action: "put the candidate's ticked-off step back on the list but keep when it was done",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, doneStep), { done: false, doneBy: null }),
    restores: [doneStep],
  },
  {
    action: "put the candidate's ticked-off step back on the list but keep who did it",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, doneStep), { done: false, doneAt: null }),
    restores: [doneStep],
  },
]);

describe('candidates/{c}/steps: the candidate only ticks', () => {
  test('the candidate cannot set themselves a next step', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('candidate'), ownSteps, 'step-new'), newStep('candidate')));
  });

  test('the candidate cannot remove a next step from their list', async () => {
    await expectAllowed(false, deleteDoc(doc(dbAs('candidate'), openStep)));
  });

  test('the candidate cannot reword a next step even in an attributed edit', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('candidate'), openStep), stamped('candidate', { title: 'Niet nodig' })));
  });

  test("the candidate cannot hand a step they ticked off to their adviser's name", async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('candidate'), doneStep), { doneBy: 'u-adviser', doneAt: serverTimestamp() }));
  });
});

// ------------------------------------------------------------------ feedback

const feedback = `${nij}/feedback`;

accessTable("regions/{r}/feedback: the candidate's own ratings", [
  {
    action: "read the candidate's rating",
    allowed: [...staff, 'candidate'],
    attempt: (db) => getDoc(doc(db, feedback, 'fb-own')),
  },
  {
    action: "read the other candidate's rating",
    allowed: [...staff, 'otherCandidate'],
    attempt: (db) => getDoc(doc(db, feedback, 'fb-other')),
  },
  {
    action: "list the candidate's ratings in Nijmegen",
    allowed: [...staff, 'candidate'],
    attempt: (db) => getDocs(query(collection(db, feedback), where('candidateId', '==', ids.ownCandidate))),
  },
  {
    action: "list the other candidate's ratings in Nijmegen",
    allowed: [...staff, 'otherCandidate'],
    attempt: (db) => getDocs(query(collection(db, feedback), where('candidateId', '==', ids.otherCandidate))),
  },
]);

// ------------------------------------------------------------------ activities of every region

/** The ids a collection-group query of activities returns to `persona`. */
async function activityIdsFor(persona: Persona, db: Firestore = dbAs(persona)): Promise<string[]> {
  const snapshot = await getDocs(query(collectionGroup(db, 'activities'), where('published', '==', true)));
  return snapshot.docs.map((d) => d.id).sort();
}

accessTable('activities of every region (collection group)', [
  {
    action: 'list the published activities of every region',
    allowed: signedInPersonas,
    attempt: (db) => getDocs(query(collectionGroup(db, 'activities'), where('published', '==', true))),
  },
  {
    action: 'list the published cross-regional activities of every region',
    allowed: signedInPersonas,
    attempt: (db) =>
      getDocs(query(collectionGroup(db, 'activities'), where('published', '==', true), where('crossRegional', '==', true))),
  },
  {
    action: 'list the activities of every region, drafts included',
    allowed: [],
    attempt: (db) => getDocs(collectionGroup(db, 'activities')),
  },
  {
    action: 'list the draft activities of every region',
    allowed: [],
    attempt: (db) => getDocs(query(collectionGroup(db, 'activities'), where('published', '==', false))),
  },
]);

describe('activities of every region: what the candidate gets', () => {
  test("the candidate's list holds the published activities of both regions and no draft", async () => {
    expect(await activityIdsFor('candidate')).toEqual(['act-full', 'act-published', 'mb-act-cross', 'mb-act-local']);
  });
});

// ------------------------------------------------------------------ withdrawing consent for a region

describe('a region the candidate withdrew consent for loses access', () => {
  const own = `candidates/${ids.ownCandidate}`;
  const shared = `candidates/${ids.sharedCandidate}`;

  test("a Midden-Brabant adviser cannot read the dossier, contact history or next steps of a candidate who withdrew Midden-Brabant's consent", async () => {
    await expectAllowed(false, getDoc(doc(dbAs('crossAdviser'), own)));
    await expectAllowed(false, getDoc(doc(dbAs('crossAdviser'), own, 'interactions', 'int-1')));
    await expectAllowed(false, getDocs(collection(dbAs('crossAdviser'), ownSteps)));
    await expectAllowed(false, getDoc(doc(dbAs('crossAdviser'), ownView)));
  });

  test('once the candidate withdraws consent for Midden-Brabant, its adviser loses the dossier and its steps at once, and Nijmegen cannot share it back', async () => {
    const cross = dbAs('crossAdviser');
    await expectAllowed(true, getDoc(doc(cross, shared)));
    await expectAllowed(true, getDocs(collection(cross, sharedSteps)));

    // What setMyConsent writes: the region leaves regionIds and is recorded as withdrawn.
    const withdrawn = {
      regionIds: [ids.nijmegen],
      consent: {
        regions: {
          [ids.nijmegen]: { given: true, at: new Date() },
          [ids.middenBrabant]: { given: false, at: new Date() },
        },
        withdrawnRegionIds: [ids.middenBrabant],
      },
    };
    await withServerChanges({ [shared]: withdrawn }, async () => {
      await expectAllowed(false, getDoc(doc(cross, shared)));
      await expectAllowed(false, getDocs(collection(cross, sharedSteps)));
      await expectAllowed(false, setDoc(doc(cross, sharedSteps, 'step-new'), newStep('crossAdviser')));
      await expectAllowed(false, updateDoc(doc(cross, sharedSteps, 'step-open'), stamped('crossAdviser', { title: 'Anders' })));
      await expectAllowed(
        false,
        updateDoc(doc(dbAs('coordinator'), shared), stamped('coordinator', { regionIds: [ids.nijmegen, ids.middenBrabant] })),
      );
      // Nijmegen's own work goes on.
      await expectAllowed(true, getDocs(collection(dbAs('adviser'), sharedSteps)));
    });
  });
});
