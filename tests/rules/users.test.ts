// users/{uid}, users/{uid}/notifications, regions/{r}/members: who holds which role.
import { collection, collectionGroup, deleteDoc, deleteField, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore';
import { describe, expect, test } from 'vitest';
import { deliveryModes, notificationKinds } from '@koers/domain';
import {
  accessTable,
  dbAs,
  readAsServer,
  expectAllowed,
  ids,
  labelOf,
  personas,
  uidOf,
  useRulesEnvironment,
  withServerChanges,
  type Persona,
} from './support.js';

useRulesEnvironment();

const nijmegenMembers = `regions/${ids.nijmegen}/members`;

accessTable('users/{uid}: roles and profile', [
  {
    action: "read the adviser's access document",
    allowed: ['admin', 'adviser'],
    attempt: (db) => getDoc(doc(db, 'users/u-adviser')),
  },
  {
    action: 'list all users',
    allowed: ['admin'],
    attempt: (db) => getDocs(collection(db, 'users')),
  },
  {
    action: 'create an access document for a new uid',
    allowed: [],
    attempt: (db) => setDoc(doc(db, 'users/u-new'), { admin: false, regions: {}, organisations: {} }),
  },
  {
    action: "delete the adviser's access document",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, 'users/u-adviser')),
  },
  {
    action: "change the adviser's locale",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser'), { locale: 'en' }),
    restores: ['users/u-adviser'],
  },  {
    action: "change the adviser's notification preferences",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser'), { notificationPreferences: { message: 'daily' } }),
    restores: ['users/u-adviser'],
  },
]);

/** A valid preference for each kind of notification, every mode used. */
const everyKindEveryMode = Object.fromEntries(notificationKinds.map((kind, i) => [kind, deliveryModes[i % deliveryModes.length]]));

describe('users/{uid}: nobody changes roles from a client', () => {
  const signedInWithDoc = personas.filter((p) => p !== 'signedOut' && p !== 'outsider');

  for (const persona of signedInWithDoc) {
    test(`${labelOf(persona)} can change their own displayName and locale`, async () => {
      await expectAllowed(true, updateDoc(doc(dbAs(persona), 'users', uidOf(persona)), { displayName: 'Nieuwe naam', locale: 'en' }), [
        `users/${uidOf(persona)}`,
      ]);
    });

    test(`${labelOf(persona)} can choose how they hear of every kind of notification`, async () => {
      await expectAllowed(true, updateDoc(doc(dbAs(persona), 'users', uidOf(persona)), { notificationPreferences: everyKindEveryMode }), [
        `users/${uidOf(persona)}`,
      ]);
    });

    test(`${labelOf(persona)} cannot change their own admin flag`, async () => {
      await expectAllowed(false, updateDoc(doc(dbAs(persona), 'users', uidOf(persona)), { admin: persona !== 'admin' }));
    });

    test(`${labelOf(persona)} cannot give themselves a coordinator role`, async () => {
      await expectAllowed(
        false,
        updateDoc(doc(dbAs(persona), 'users', uidOf(persona)), {
          [`regions.${ids.middenBrabant}`]: 'coordinator',
          staffRegionIds: [ids.middenBrabant],
        }),
      );
    });

    test(`${labelOf(persona)} cannot link their account to a candidate dossier`, async () => {
      // A dossier without an account (the other candidate persona already holds cand-other).
      await expectAllowed(false, updateDoc(doc(dbAs(persona), 'users', uidOf(persona)), { candidateId: ids.mbCandidate }));
    });

    test(`${labelOf(persona)} cannot join an organisation by editing their access document`, async () => {
      await expectAllowed(
        false,
        updateDoc(doc(dbAs(persona), 'users', uidOf(persona)), {
          [`organisations.${ids.mbSchool}`]: { role: 'hr', regionId: ids.middenBrabant },
          organisationIds: [ids.mbSchool],
        }),
      );
    });
  }

  test('a signed-in user without a users document cannot create one granting themselves admin', async () => {
    await expectAllowed(false, setDoc(doc(dbAs('outsider'), 'users', uidOf('outsider')), { admin: true, regions: {} }));
  });

  test('a platform admin cannot grant a role by writing another user’s access document', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('admin'), 'users/u-noroles'), { [`regions.${ids.nijmegen}`]: 'adviser' }));
  });

  test('a user cannot set an unsupported locale', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), 'users/u-adviser'), { locale: 'de' }));
  });

  test('a user cannot set a display name that is not text', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), 'users/u-adviser'), { displayName: 42 }));
  });

  test('a user cannot set a display name longer than 200 characters', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), 'users/u-adviser'), { displayName: 'x'.repeat(201) }));
  });

  test('a refused role change leaves the access document unchanged', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), 'users/u-adviser'), { admin: true, displayName: 'Baas' }));
    const stored = await readAsServer('users/u-adviser');
    expect(stored?.admin).toBe(false);
    expect(stored?.displayName).toBe('u-adviser');
  });
});

describe('users/{uid}: notification preferences', () => {
  const adviser = () => doc(dbAs('adviser'), 'users/u-adviser');
  const restores = ['users/u-adviser'];

  test('a user can change the delivery of one kind of notification', async () => {
    await expectAllowed(true, updateDoc(adviser(), { 'notificationPreferences.mention': 'in_app' }), restores);
  });

  test('a user can go back to the default deliveries by removing their preferences', async () => {
    await withServerChanges({ 'users/u-adviser': { notificationPreferences: { message: 'daily' } } }, async () => {
      await expectAllowed(true, updateDoc(adviser(), { notificationPreferences: deleteField() }), restores);
    });
  });

  const denied: [string, Record<string, unknown>][] = [
    ['for a kind of notification that does not exist', { notificationPreferences: { newsletter: 'daily' } }],
    ['with a delivery mode that does not exist', { notificationPreferences: { message: 'weekly' } }],
    ['with a delivery mode that is not text', { notificationPreferences: { message: true } }],
    ['as text instead of a map', { notificationPreferences: 'daily' }],
    ['as a list instead of a map', { notificationPreferences: ['daily'] }],
    ['as null', { notificationPreferences: null }],
    ['for an unknown kind by field path', { 'notificationPreferences.newsletter': 'daily' }],
    ['and make themselves admin', { notificationPreferences: { message: 'daily' }, admin: true }],
    [
      'and give themselves a coordinator role',
      { notificationPreferences: { message: 'daily' }, [`regions.${ids.nijmegen}`]: 'coordinator', staffRegionIds: [ids.nijmegen] },
    ],
    ['and link their account to a candidate dossier', { notificationPreferences: { message: 'daily' }, candidateId: ids.otherCandidate }],
  ];
  for (const [what, change] of denied) {
    test(`a user cannot set notification preferences ${what}`, async () => {
      await expectAllowed(false, updateDoc(adviser(), change));
    });
  }

  test("an admin cannot change another user's notification preferences", async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('admin'), 'users/u-adviser'), { notificationPreferences: { message: 'in_app' } }));
  });

  test('a refused preference change leaves the access document unchanged', async () => {
    await expectAllowed(false, updateDoc(adviser(), { notificationPreferences: { message: 'daily' }, admin: true }));
    const stored = await readAsServer('users/u-adviser');
    expect(stored?.notificationPreferences).toBeUndefined();
    expect(stored?.admin).toBe(false);
  });
});

accessTable('users/{uid}/notifications: in-app notifications', [
  {
    action: "read the adviser's notifications",
    allowed: ['adviser'],
    attempt: (db) => getDocs(collection(db, 'users/u-adviser/notifications')),
  },
  {
    action: "mark the adviser's notification read",
    allowed: ['adviser'],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser/notifications/n1'), { read: true }),
    restores: ['users/u-adviser/notifications/n1'],
  },
  {
    action: "read the candidate's notification",
    allowed: ['candidate'],
    attempt: (db) => getDoc(doc(db, 'users/u-candidate/notifications/n1')),
  },
  {
    action: "list every user's notifications",
    allowed: [],
    attempt: (db) => getDocs(collectionGroup(db, 'notifications')),
  },
  {
    action: "rewrite the text of the adviser's notification",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser/notifications/n1'), { title: 'Gewijzigd' }),
  },
  {
    action: "mark the adviser's notification read and change its title",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser/notifications/n1'), { read: true, title: 'Gewijzigd' }),
  },
  {
    action: "change the kind of the adviser's notification",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser/notifications/n1'), { kind: 'mention' }),
  },
  {
    action: "change where the adviser's notification links to",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser/notifications/n1'), { link: 'https://example.org' }),
  },
  {
    action: "put the adviser's notification back in the daily digest",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, 'users/u-adviser/notifications/n1'), { read: true, email: 'digest_pending' }),
  },
  {
    action: 'create a notification for the adviser',
    allowed: [],
    attempt: (db) =>
      setDoc(doc(db, 'users/u-adviser/notifications/new'), {
        kind: 'task',
        title: 'x',
        body: '',
        link: '/',
        read: false,
        createdAt: new Date(),
      }),
  },
  {
    action: "delete the adviser's notification",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, 'users/u-adviser/notifications/n1')),
  },
]);

describe('users/{uid}/notifications: flipping read', () => {
  test('a user cannot set read to something other than a boolean', async () => {
    await expectAllowed(false, updateDoc(doc(dbAs('adviser'), 'users/u-adviser/notifications/n1'), { read: 'yes' }));
  });
});

accessTable('regions/{r}/members: the region directory', [
  {
    action: "list Nijmegen's members",
    allowed: ['admin', 'coordinator', 'adviser'],
    attempt: (db) => getDocs(collection(db, nijmegenMembers)),
  },
  {
    action: "read school A's HR officer's membership of Nijmegen",
    allowed: ['admin', 'coordinator', 'adviser', 'hr'],
    attempt: (db) => getDoc(doc(db, nijmegenMembers, 'u-hr')),
  },
  {
    action: "list Midden-Brabant's members",
    allowed: ['admin', 'crossAdviser'],
    attempt: (db) => getDocs(collection(db, `regions/${ids.middenBrabant}/members`)),
  },
  {
    action: 'add themselves to Nijmegen as coordinator',
    allowed: [],
    attempt: (db, persona: Persona) => {
      const uid = persona === 'signedOut' ? 'u-anonymous' : uidOf(persona);
      return setDoc(doc(db, nijmegenMembers, uid), {
        uid,
        email: `${uid}@example.org`,
        displayName: uid,
        role: 'coordinator',
        organisationId: null,
        grantedBy: uid,
        grantedAt: new Date(),
      });
    },
  },
  {
    action: "change the adviser's membership to coordinator",
    allowed: [],
    attempt: (db) => updateDoc(doc(db, nijmegenMembers, 'u-adviser'), { role: 'coordinator' }),
  },
  {
    action: "remove the director's membership",
    allowed: [],
    attempt: (db) => deleteDoc(doc(db, nijmegenMembers, 'u-director')),
  },
]);
