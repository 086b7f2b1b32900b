// The headline policies, each as one story: who sees what of the whole world, cross-region
// isolation, the candidate's own view, and attempts to escalate privileges.
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, expect, test } from 'vitest';
import { applyGrant, applyRevoke, type UserAccess } from '@koers/domain';
import {
  buildWorld,
  candidate,
  dbAs,
  expectAllowed,
  ids,
  isAllowed,
  labelOf,
  readAsServer,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const worldPaths = Object.keys(buildWorld()).sort();
const nij = `regions/${ids.nijmegen}`;
const mb = `regions/${ids.middenBrabant}`;

/** Every document of the world the persona can get, one by one. */
async function readableBy(persona: Persona): Promise<string[]> {
  const allowed = await Promise.all(worldPaths.map((path) => isAllowed(getDoc(doc(dbAs(persona), path)))));
  return worldPaths.filter((_, i) => allowed[i]);
}

const regionDocs = [nij, mb];
const publishedOffer = [
  `${nij}/programmes/prog-published`,
  `${nij}/vacancies/vac-published`,
  `${nij}/activities/act-published`,
  `${nij}/activities/act-full`,
  `${mb}/activities/mb-act-local`,
  `${mb}/activities/mb-act-cross`,
];

describe('what each kind of outsider can read of the whole world', () => {
  test('a signed-out visitor can read nothing at all', async () => {
    expect(await readableBy('signedOut')).toEqual([]);
  });

  test('a signed-in user without a users document reads only the regions and the published offer', async () => {
    expect(await readableBy('outsider')).toEqual([...regionDocs, ...publishedOffer].sort());
  });

  test('a signed-in user without roles reads only the regions, the published offer and their own access document', async () => {
    expect(await readableBy('noRoles')).toEqual([...regionDocs, ...publishedOffer, 'users/u-noroles'].sort());
  });

  test('a director reads the network, the offer and the figures of their region, and no personal candidate data', async () => {
    const expected = [
      ...regionDocs,
      ...publishedOffer,
      'users/u-director',
      `${nij}/members/u-director`,
      ...worldPaths.filter((p) => /^regions\/nijmegen\/(organisations|programmes|vacancies|activities)\/[^/]+$/.test(p)),
      `${nij}/aggregates/current`,
      `${nij}/aggregates/m-2026-01`,
      `${nij}/aggregateSlices/current~sector.po`,
      // Candidates' ratings in aggregate (counts per month, no ids or comments).
      `${nij}/feedbackSummaries/2026-01`,
      'crossRegionAggregates/current',
      'crossRegionAggregates/m-2026-01',
    ];
    expect(await readableBy('director')).toEqual([...new Set(expected)].sort());
  });

  test('a platform admin reads users, regions, members and organisations, and no candidate data', async () => {
    const expected = [
      ...regionDocs,
      ...publishedOffer,
      ...worldPaths.filter((p) => /^users\/[^/]+$/.test(p)),
      ...worldPaths.filter((p) => /^regions\/[^/]+\/(members|organisations)\/[^/]+$/.test(p)),
    ];
    expect(await readableBy('admin')).toEqual([...new Set(expected)].sort());
  });
});

describe('regions are isolated from each other', () => {
  test("an adviser of one region cannot read another region's candidate dossier", async () => {
    await expectAllowed(false, getDoc(doc(dbAs('crossAdviser'), 'candidates', ids.ownCandidate)));
  });

  test("an adviser of one region cannot list another region's candidates", async () => {
    await expectAllowed(false, getDocs(collection(dbAs('crossAdviser'), nij, 'candidateIndex')));
  });

  test('an adviser of one region cannot create a candidate in another region', async () => {
    const dossier = candidate({
      name: 'Nieuw',
      homeRegionId: ids.nijmegen,
      regionIds: [ids.nijmegen],
      authUid: null,
      introducedOrganisationIds: [],
      at: new Date(),
    });
    const stamps = { createdAt: serverTimestamp(), createdBy: 'u-mb-adviser', updatedAt: serverTimestamp(), updatedBy: 'u-mb-adviser' };
    await expectAllowed(false, setDoc(doc(dbAs('crossAdviser'), 'candidates/cand-new'), { ...dossier, ...stamps }));
  });

  test('a dossier shared with Midden-Brabant is readable by a Midden-Brabant adviser', async () => {
    await expectAllowed(true, getDoc(doc(dbAs('crossAdviser'), 'candidates', ids.sharedCandidate)));
  });

  test("a Midden-Brabant adviser cannot stop Nijmegen's sharing of a dossier (only the home region can)", async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('crossAdviser'), 'candidates', ids.sharedCandidate), {
        regionIds: [ids.nijmegen],
        updatedAt: serverTimestamp(),
        updatedBy: 'u-mb-adviser',
      }),
    );
  });
});

describe('schools see introductions, not the pool', () => {
  test("a school's HR officer cannot list the region's candidates", async () => {
    await expectAllowed(false, getDocs(collection(dbAs('hr'), nij, 'candidateIndex')));
  });

  test("a school's HR officer cannot read the dossier of a candidate introduced to their school", async () => {
    await expectAllowed(false, getDoc(doc(dbAs('hr'), 'candidates', ids.ownCandidate)));
  });

  test("a school's HR officer can read the introduction written for their school", async () => {
    await expectAllowed(true, getDocs(collection(dbAs('hr'), nij, 'organisations', ids.schoolA, 'introductions')));
  });

  test("a school's HR officer cannot read another school's introductions", async () => {
    await expectAllowed(false, getDocs(collection(dbAs('hr'), nij, 'organisations', ids.schoolB, 'introductions')));
  });
});

describe('the candidate sees only their own data', () => {
  test('the candidate reads what they may see of their dossier in their view, not the dossier itself', async () => {
    await expectAllowed(true, getDoc(doc(dbAs('candidate'), 'candidateViews', ids.ownCandidate)));
    await expectAllowed(false, getDoc(doc(dbAs('candidate'), 'candidates', ids.ownCandidate)));
  });

  test("the candidate cannot read another candidate's dossier", async () => {
    await expectAllowed(false, getDoc(doc(dbAs('candidate'), 'candidates', ids.otherCandidate)));
  });

  test('the candidate cannot read a stakeholder-only thread about them, even when listed as a participant', async () => {
    await expectAllowed(false, getDoc(doc(dbAs('candidate'), 'threads/t-stakeholders')));
    await expectAllowed(false, getDoc(doc(dbAs('candidate'), 'threads/t-stakeholders/messages/m-1')));
  });

  test("the candidate's thread list shows the thread with them and not the stakeholder-only one", async () => {
    const threads = await getDocs(
      query(
        collection(dbAs('candidate'), 'threads'),
        where('participantUids', 'array-contains', 'u-candidate'),
        where('includesCandidate', '==', true),
      ),
    );
    expect(threads.docs.map((d) => d.id)).toEqual(['t-with-candidate']);
  });

  test('the candidate cannot read their own contact history, audit trail or match suggestions', async () => {
    for (const path of ['interactions/int-1', 'audit/ev-1', 'suggestions/current']) {
      await expectAllowed(false, getDoc(doc(dbAs('candidate'), 'candidates', ids.ownCandidate, ...path.split('/'))));
    }
  });

  test('the candidate cannot read the candidate index entry about them', async () => {
    await expectAllowed(false, getDoc(doc(dbAs('candidate'), nij, 'candidateIndex', ids.ownCandidate)));
  });
});

describe('privilege escalation attempts fail', () => {
  test('an adviser cannot make themselves admin', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), 'users/u-adviser'), { admin: true }));
  });

  test('an adviser cannot add themselves to the members of another region', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('adviser'), mb, 'members', 'u-adviser'), {
        uid: 'u-adviser',
        email: 'u-adviser@example.org',
        displayName: 'u-adviser',
        role: 'coordinator',
        organisationId: null,
        grantedBy: 'u-adviser',
        grantedAt: serverTimestamp(),
      }),
    );
  });

  test("a coordinator cannot grant a role by writing a colleague's access document (only the functions do)", async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('coordinator'), 'users/u-noroles'), { [`regions.${ids.nijmegen}`]: 'adviser' }));
  });

  test("an adviser cannot move a candidate's home region", async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('adviser'), 'candidates', ids.ownCandidate), {
        homeRegionId: ids.middenBrabant,
        updatedAt: serverTimestamp(),
        updatedBy: 'u-adviser',
      }),
    );
  });

  test("a coordinator cannot change the region's aggregates", async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('coordinator'), nij, 'aggregates', 'current'), { slices: { all: { total: 999 } } }));
  });

  test('a coordinator cannot rewrite an audit entry', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('coordinator'), 'candidates', ids.ownCandidate, 'audit', 'ev-1'), { actor: 'u-director' }));
  });

  test("an adviser cannot log a contact in a colleague's name", async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('adviser'), 'candidates', ids.ownCandidate, 'interactions', 'int-new'), {
        kind: 'phone',
        summary: 'Gebeld',
        notes: null,
        performedAt: new Date(),
        durationMinutes: 5,
        regionId: ids.nijmegen,
        organisationId: null,
        authorUid: 'u-coordinator',
        authorName: 'Coordinator',
        createdAt: serverTimestamp(),
      }),
    );
  });

  test('an adviser cannot post a message with a forged time', async () => {
    await expectAllowed(
      false,
      setDoc(doc(dbAs('adviser'), 'threads/t-with-candidate/messages/m-new'), {
        authorUid: 'u-adviser',
        authorName: 'Adviser',
        text: 'Hallo',
        mentions: [],
        createdAt: new Date('2020-01-01T00:00:00Z'),
        editedAt: null,
        deleted: false,
      }),
    );
  });

  test("the candidate cannot link their account to another candidate's dossier", async () => {
    await expectAllowed(
      false,
      updateDoc(doc(dbAs('candidate'), 'candidates', ids.otherCandidate), { authUid: 'u-candidate', updatedAt: serverTimestamp(), updatedBy: 'u-candidate' }),
    );
  });
});

describe('roles count from the next request', () => {
  const adviserAccess = buildWorld()['users/u-adviser'] as UserAccess;

  test('a revoked adviser loses access to the dossiers at once', async () => {
    await expectAllowed(true, getDoc(doc(dbAs('adviser'), 'candidates', ids.ownCandidate)));
    const revoked = applyRevoke(adviserAccess, { kind: 'region', regionId: ids.nijmegen, role: 'adviser' }, new Date());
    await withServerChanges(
      { 'users/u-adviser': revoked },
      async () => {
        expect((await readAsServer('users/u-adviser'))?.staffRegionIds).toEqual([]);
        await expectAllowed(false, getDoc(doc(dbAs('adviser'), 'candidates', ids.ownCandidate)));
        await expectAllowed(false, getDocs(collection(dbAs('adviser'), nij, 'candidateIndex')));
      },
      'replace',
    );
  });

  test('a newly granted Midden-Brabant role opens that region at once', async () => {
    const granted = applyGrant(adviserAccess, { kind: 'region', regionId: ids.middenBrabant, role: 'adviser' }, new Date());
    await expectAllowed(false, getDoc(doc(dbAs('adviser'), 'candidates', ids.mbCandidate)));
    await withServerChanges(
      { 'users/u-adviser': granted },
      async () => {
        await expectAllowed(true, getDoc(doc(dbAs('adviser'), 'candidates', ids.mbCandidate)));
        await expectAllowed(true, getDocs(collection(dbAs('adviser'), mb, 'candidateIndex')));
      },
      'replace',
    );
  });

  test(`${labelOf('director')} promoted to coordinator can change the region's settings`, async () => {
    const directorAccess = buildWorld()['users/u-director'] as UserAccess;
    const promoted = applyGrant(directorAccess, { kind: 'region', regionId: ids.nijmegen, role: 'coordinator' }, new Date());
    await expectAllowed(false, updateDoc(doc(dbAs('director'), nij), { 'settings.losingSightDays': 14 }));
    await withServerChanges(
      { 'users/u-director': promoted },
      async () => {
        await expectAllowed(true, updateDoc(doc(dbAs('director'), nij), { 'settings.losingSightDays': 14 }), [nij]);
      },
      'replace',
    );
  });
});
