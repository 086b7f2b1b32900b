// grantRole and revokeRole over the callable protocol, with real ID tokens; the results are
// read back with the Admin SDK, and access is proven with the client SDK against the real rules.
import { memberSchema, userAccessSchema, type Grant } from '@koers/domain';
import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminDb,
  clearEmulators,
  createAccount,
  createRegion,
  expectCallError,
  giveRoles,
  makeCandidate,
  newClient,
  plain,
  signIn,
  waitFor,
  type Client,
} from './helpers.js';

const uids: Record<string, string> = {};
const clients: Client[] = [];

async function clientFor(name: string): Promise<Client> {
  const client = await signIn(`${name}@roles.example.nl`);
  clients.push(client);
  return client;
}

async function account(name: string): Promise<string> {
  uids[name] = await createAccount(`${name}@roles.example.nl`, { displayName: `Test ${name}` });
  return uids[name];
}

async function accessOf(uid: string) {
  const snapshot = await adminDb.doc(`users/${uid}`).get();
  return snapshot.exists ? userAccessSchema.parse(plain(snapshot.data())) : null;
}

async function memberOf(regionId: string, uid: string) {
  const snapshot = await adminDb.doc(`regions/${regionId}/members/${uid}`).get();
  return snapshot.exists ? memberSchema.parse(plain(snapshot.data())) : null;
}

const adviserIn = (regionId: string): Grant => ({ kind: 'region', regionId, role: 'adviser' });

let coordinator: Client;
let admin: Client;

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen', ['school-a']);
  await createRegion('midden-brabant', ['school-b']);
  for (const name of ['admin', 'coordinator', 'adviser', 'outsider', 'target1', 'target2', 'target3', 'target4', 'target5', 'target6']) {
    await account(name);
  }
  await giveRoles(uids.admin!, [{ kind: 'admin' }]);
  await giveRoles(uids.coordinator!, [{ kind: 'region', regionId: 'nijmegen', role: 'coordinator' }]);
  await giveRoles(uids.adviser!, [adviserIn('nijmegen')]);
  coordinator = await clientFor('coordinator');
  admin = await clientFor('admin');
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

describe('grantRole', () => {
  it('lets a coordinator make someone an adviser in their own region', async () => {
    await expect(coordinator.call('grantRole', { uid: uids.target1, grant: adviserIn('nijmegen') })).resolves.toEqual({ ok: true });
    const access = await accessOf(uids.target1!);
    expect(access?.regions).toEqual({ nijmegen: 'adviser' });
    expect(access?.staffRegionIds).toEqual(['nijmegen']);
    expect(access?.email).toBe('target1@roles.example.nl');
    expect(await memberOf('nijmegen', uids.target1!)).toMatchObject({
      uid: uids.target1,
      email: 'target1@roles.example.nl',
      displayName: 'Test target1',
      role: 'adviser',
      organisationId: null,
      grantedBy: uids.coordinator,
    });
  });

  it('denies a coordinator a role in another region, and writes nothing', async () => {
    const error = await expectCallError(coordinator.call('grantRole', { uid: uids.target2, grant: adviserIn('midden-brabant') }), 'permission-denied');
    expect(error.details).toEqual({ reason: 'not_allowed' });
    expect(await accessOf(uids.target2!)).toBeNull();
    expect(await memberOf('midden-brabant', uids.target2!)).toBeNull();
  });

  it('denies anyone a change to their own roles, even a coordinator in their own region', async () => {
    const error = await expectCallError(coordinator.call('grantRole', { uid: uids.coordinator, grant: adviserIn('nijmegen') }), 'permission-denied');
    expect(error.details).toEqual({ reason: 'self' });
    expect((await accessOf(uids.coordinator!))?.regions).toEqual({ nijmegen: 'coordinator' });
  });

  it('denies an adviser, who is not a coordinator, to grant roles', async () => {
    const adviser = await clientFor('adviser');
    await expectCallError(adviser.call('grantRole', { uid: uids.target2, grant: adviserIn('nijmegen') }), 'permission-denied');
    expect(await accessOf(uids.target2!)).toBeNull();
  });

  it('denies a signed-in user without any role', async () => {
    const outsider = await clientFor('outsider');
    await expectCallError(outsider.call('grantRole', { uid: uids.target2, grant: adviserIn('nijmegen') }), 'permission-denied');
    expect(await accessOf(uids.target2!)).toBeNull();
  });

  it('refuses a caller who is not signed in', async () => {
    const anonymous = newClient();
    clients.push(anonymous);
    await expectCallError(anonymous.call('grantRole', { uid: uids.target2, grant: adviserIn('nijmegen') }), 'unauthenticated');
  });

  it('lets a coordinator not make anyone a platform admin', async () => {
    await expectCallError(coordinator.call('grantRole', { uid: uids.target2, grant: { kind: 'admin' } }), 'permission-denied');
    expect(await accessOf(uids.target2!)).toBeNull();
  });

  it('lets an admin grant any role: coordinator elsewhere, organisation roles, admin', async () => {
    await admin.call('grantRole', { uid: uids.target2, grant: { kind: 'region', regionId: 'midden-brabant', role: 'coordinator' } });
    await admin.call('grantRole', {
      uid: uids.target2,
      grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-a', role: 'hr' },
    });
    await admin.call('grantRole', { uid: uids.target2, grant: { kind: 'admin' } });
    const access = await accessOf(uids.target2!);
    expect(access).toMatchObject({
      admin: true,
      regions: { 'midden-brabant': 'coordinator' },
      organisations: { 'school-a': { role: 'hr', regionId: 'nijmegen' } },
      staffRegionIds: ['midden-brabant'],
      organisationIds: ['school-a'],
    });
    expect(await memberOf('midden-brabant', uids.target2!)).toMatchObject({ role: 'coordinator', grantedBy: uids.admin });
    expect(await memberOf('nijmegen', uids.target2!)).toMatchObject({ role: 'hr', organisationId: 'school-a' });
  });

  it('lets a coordinator grant a role at an organisation of their region, but not at one that is not in it', async () => {
    await coordinator.call('grantRole', {
      uid: uids.target3,
      grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-a', role: 'training' },
    });
    expect((await accessOf(uids.target3!))?.organisations).toEqual({ 'school-a': { role: 'training', regionId: 'nijmegen' } });
    const error = await expectCallError(
      coordinator.call('grantRole', { uid: uids.target4, grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-b', role: 'hr' } }),
      'not-found',
    );
    expect(error.details).toEqual({ reason: 'organisation' });
    expect(await accessOf(uids.target4!)).toBeNull();
  });

  it('answers an account that does not exist with not-found, and writes nothing', async () => {
    await expectCallError(coordinator.call('grantRole', { uid: 'no-such-account', grant: adviserIn('nijmegen') }), 'not-found');
    expect(await accessOf('no-such-account')).toBeNull();
    expect(await memberOf('nijmegen', 'no-such-account')).toBeNull();
  });

  it.each([
    ['no uid', { grant: adviserIn('nijmegen') }],
    ['an unknown role', { uid: 'x', grant: { kind: 'region', regionId: 'nijmegen', role: 'superuser' } }],
    ['an invalid region id', { uid: 'x', grant: { kind: 'region', regionId: 'Nijmegen!', role: 'adviser' } }],
    ['no grant at all', { uid: 'x' }],
    ['not an object', 'adviser'],
  ])('rejects input with %s as invalid-argument, with the issues, and writes nothing', async (_case, input) => {
    const target = uids.target5!;
    const data = typeof input === 'object' && 'uid' in input ? { ...input, uid: target } : input;
    const error = await expectCallError(admin.call('grantRole', data), 'invalid-argument');
    expect((error.details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
    expect(await accessOf(target)).toBeNull();
  });
});

describe('revokeRole', () => {
  it('denies a coordinator to revoke a role in another region', async () => {
    await expectCallError(
      coordinator.call('revokeRole', { uid: uids.target2, grant: { kind: 'region', regionId: 'midden-brabant', role: 'coordinator' } }),
      'permission-denied',
    );
    expect((await accessOf(uids.target2!))?.regions).toEqual({ 'midden-brabant': 'coordinator' });
  });

  it('denies anyone to revoke their own role', async () => {
    await expectCallError(
      coordinator.call('revokeRole', { uid: uids.coordinator, grant: { kind: 'region', regionId: 'nijmegen', role: 'coordinator' } }),
      'permission-denied',
    );
  });

  it('keeps a person in the region directory while they hold another role there', async () => {
    const uid = uids.target6!;
    await coordinator.call('grantRole', { uid, grant: adviserIn('nijmegen') });
    await coordinator.call('grantRole', { uid, grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-a', role: 'hr' } });
    expect(await memberOf('nijmegen', uid)).toMatchObject({ role: 'adviser' });

    await coordinator.call('revokeRole', { uid, grant: adviserIn('nijmegen') });
    expect((await accessOf(uid))?.regions).toEqual({});
    expect(await memberOf('nijmegen', uid)).toMatchObject({ role: 'hr', organisationId: 'school-a' });

    await coordinator.call('revokeRole', { uid, grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-a', role: 'hr' } });
    expect((await accessOf(uid))?.organisations).toEqual({});
    expect(await memberOf('nijmegen', uid)).toBeNull();
  });

  it('does not let a coordinator revoke an organisation role of another region by naming their own region', async () => {
    await adminDb.doc('regions/midden-brabant/organisations/school-a').set({ type: 'school', name: 'Other school-a' });
    await admin.call('grantRole', { uid: uids.target4, grant: { kind: 'organisation', regionId: 'midden-brabant', organisationId: 'school-a', role: 'hr' } });
    await coordinator.call('revokeRole', { uid: uids.target4, grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-a', role: 'hr' } });
    expect((await accessOf(uids.target4!))?.organisations).toEqual({ 'school-a': { role: 'hr', regionId: 'midden-brabant' } });
  });

  it('stops a revoked adviser from reading the region data at once, with the token they already hold', async () => {
    const uid = uids.target1!;
    const candidate = makeCandidate({ regionIds: ['nijmegen'], homeRegionId: 'nijmegen' });
    await adminDb.doc('candidates/revoke-probe').set(candidate);
    await waitFor(async () => (await adminDb.doc('regions/nijmegen/candidateIndex/revoke-probe').get()).exists, 'the candidate index entry');

    const adviser = await clientFor('target1');
    const reads = {
      organisation: () => getDoc(doc(adviser.firestore, 'regions/nijmegen/organisations/school-a')),
      candidateList: () => getDocs(collection(adviser.firestore, 'regions/nijmegen/candidateIndex')),
      dossier: () => getDoc(doc(adviser.firestore, 'candidates/revoke-probe')),
    };
    expect((await reads.organisation()).exists()).toBe(true);
    expect((await reads.candidateList()).docs.map((entry) => entry.id)).toContain('revoke-probe');
    expect((await reads.dossier()).exists()).toBe(true);

    await coordinator.call('revokeRole', { uid, grant: adviserIn('nijmegen') });
    expect(await accessOf(uid)).toMatchObject({ regions: {}, staffRegionIds: [] });
    expect(await memberOf('nijmegen', uid)).toBeNull();

    for (const read of Object.values(reads)) {
      await expect(read()).rejects.toMatchObject({ code: 'permission-denied' });
    }
  });
});
