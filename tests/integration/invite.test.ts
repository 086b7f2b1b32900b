// inviteUser: account creation, the role, and a link with which the person sets a password.
import { userAccessSchema } from '@koers/domain';
import { confirmPasswordReset, signInWithEmailAndPassword } from 'firebase/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb, clearEmulators, createAccount, createRegion, expectCallError, giveRoles, newClient, plain, signIn, type Client } from './helpers.js';

interface InviteResult {
  uid: string;
  signInLink: string;
  created: boolean;
}

const clients: Client[] = [];
let coordinator: Client;
let coordinatorUid: string;

async function authUserByEmail(email: string) {
  return adminAuth.getUserByEmail(email).catch(() => null);
}

beforeAll(async () => {
  await clearEmulators();
  await createRegion('nijmegen', ['han-pabo']);
  await createRegion('brabant-oost');
  coordinatorUid = await createAccount('coordinator@invite.example.nl');
  await giveRoles(coordinatorUid, [{ kind: 'region', regionId: 'nijmegen', role: 'coordinator' }]);
  coordinator = await signIn('coordinator@invite.example.nl');
  clients.push(coordinator);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
});

describe('inviteUser', () => {
  it('creates an account without a password, grants the role and returns a link to set one', async () => {
    const result = await coordinator.call<InviteResult>('inviteUser', {
      email: 'Nieuwe.Adviseur@Invite.example.nl',
      displayName: 'Nieuwe Adviseur',
      grant: { kind: 'region', regionId: 'nijmegen', role: 'adviser' },
    });
    expect(result.created).toBe(true);
    const user = await adminAuth.getUser(result.uid);
    expect(user).toMatchObject({ email: 'nieuwe.adviseur@invite.example.nl', displayName: 'Nieuwe Adviseur', emailVerified: false });
    expect(user.passwordHash).toBeUndefined();
    const access = userAccessSchema.parse(plain((await adminDb.doc(`users/${result.uid}`).get()).data()));
    expect(access).toMatchObject({ regions: { nijmegen: 'adviser' }, displayName: 'Nieuwe Adviseur' });
    expect((await adminDb.doc(`regions/nijmegen/members/${result.uid}`).get()).data()).toMatchObject({ role: 'adviser', grantedBy: coordinatorUid });

    const link = new URL(result.signInLink);
    expect(link.searchParams.get('mode')).toBe('resetPassword');
    const oobCode = link.searchParams.get('oobCode');
    expect(oobCode).toBeTruthy();

    // The invitee follows the link, chooses a password and signs in with it.
    const invitee = newClient();
    clients.push(invitee);
    await confirmPasswordReset(invitee.auth, oobCode!, 'eigen-wachtwoord-123');
    const credential = await signInWithEmailAndPassword(invitee.auth, 'nieuwe.adviseur@invite.example.nl', 'eigen-wachtwoord-123');
    expect(credential.user.uid).toBe(result.uid);
  });

  it('grants the role to an existing account with that address instead of creating another', async () => {
    const existingUid = await createAccount('bestaand@invite.example.nl', { displayName: 'Al Bestaand' });
    const result = await coordinator.call<InviteResult>('inviteUser', {
      email: 'bestaand@invite.example.nl',
      displayName: 'Andere Naam',
      grant: { kind: 'organisation', regionId: 'nijmegen', organisationId: 'han-pabo', role: 'training' },
    });
    expect(result).toMatchObject({ uid: existingUid, created: false });
    expect((await adminAuth.getUser(existingUid)).displayName).toBe('Al Bestaand');
    expect((await adminDb.doc(`users/${existingUid}`).get()).data()).toMatchObject({
      organisations: { 'han-pabo': { role: 'training', regionId: 'nijmegen' } },
    });
  });

  it('checks permission before creating anything: no account for a role in another region', async () => {
    await expectCallError(
      coordinator.call('inviteUser', {
        email: 'elders@invite.example.nl',
        displayName: 'Elders',
        grant: { kind: 'region', regionId: 'brabant-oost', role: 'adviser' },
      }),
      'permission-denied',
    );
    expect(await authUserByEmail('elders@invite.example.nl')).toBeNull();
  });

  it('does not let a coordinator invite themselves into another role', async () => {
    await expectCallError(
      coordinator.call('inviteUser', {
        email: 'coordinator@invite.example.nl',
        displayName: 'Zelf',
        grant: { kind: 'region', regionId: 'nijmegen', role: 'director' },
      }),
      'permission-denied',
    );
  });

  it('rejects an invalid e-mail address as invalid-argument and creates nothing', async () => {
    const error = await expectCallError(
      coordinator.call('inviteUser', { email: 'geen-adres', displayName: 'X', grant: { kind: 'region', regionId: 'nijmegen', role: 'adviser' } }),
      'invalid-argument',
    );
    expect((error.details as { issues: Array<{ path: unknown[] }> }).issues.map((issue) => issue.path)).toEqual([['email']]);
    expect((await adminAuth.listUsers()).users.map((user) => user.email)).not.toContain('geen-adres');
  });
});
