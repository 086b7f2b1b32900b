// Granting, revoking and inviting: the only code that writes `users/{uid}` roles and
// `regions/{r}/members/{uid}`. Plain functions over Services, so tests can call them directly;
// the callables in this folder are thin adapters.
import {
  applyGrant,
  applyRevoke,
  checkGrant,
  emptyAccess,
  memberRoleIn,
  memberSchema,
  normalizeEmail,
  userAccessSchema,
  type Grant,
  type GrantRoleInput,
  type InviteUserInput,
  type Member,
  type RevokeRoleInput,
  type UserAccess,
} from '@koers/domain';
import type { UserRecord } from 'firebase-admin/auth';
import type { DocumentReference, DocumentSnapshot, Firestore, Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { converter } from '../lib/firestore.js';
import { logEvent } from '../lib/log.js';
import type { Services } from '../lib/services.js';

const accessConverter = converter(userAccessSchema);
const memberConverter = converter(memberSchema);

export function userAccessRef(db: Firestore, uid: string): DocumentReference<UserAccess> {
  return db.collection('users').doc(uid).withConverter(accessConverter);
}

export function memberRef(db: Firestore, regionId: string, uid: string): DocumentReference<Member> {
  return db.collection('regions').doc(regionId).collection('members').doc(uid).withConverter(memberConverter);
}

type Read = <T>(ref: DocumentReference<T>) => Promise<DocumentSnapshot<T>>;

const inTransaction =
  (tx: Transaction): Read =>
  (ref) =>
    tx.get(ref);
const directly: Read = (ref) => ref.get();

function regionOf(grant: Grant): string | null {
  return grant.kind === 'admin' ? null : grant.regionId;
}

function roleOf(grant: Grant): string {
  return grant.kind === 'admin' ? 'admin' : grant.role;
}

/**
 * Throws unless `actorUid` may grant or revoke `grant` for `targetUid`: an admin anything, a
 * coordinator roles in their own region, nobody their own roles. For a grant the region, and
 * for an organisation role the organisation in that region, must exist.
 */
async function authorize(read: Read, db: Firestore, actorUid: string, targetUid: string, grant: Grant, granting: boolean): Promise<void> {
  const actor = (await read(userAccessRef(db, actorUid))).data() ?? null;
  const denial = checkGrant(actorUid, actor, targetUid, grant);
  if (denial === 'self') throw new HttpsError('permission-denied', 'You cannot change your own roles.', { reason: 'self' });
  if (denial) throw new HttpsError('permission-denied', 'You may not grant or revoke this role.', { reason: 'not_allowed' });
  if (!granting || grant.kind === 'admin') return;
  const region = await read(db.collection('regions').doc(grant.regionId));
  if (!region.exists) throw new HttpsError('not-found', 'This region does not exist.', { reason: 'region' });
  if (grant.kind === 'organisation') {
    const organisation = await read(region.ref.collection('organisations').doc(grant.organisationId));
    if (!organisation.exists) throw new HttpsError('not-found', 'This organisation does not exist in the region.', { reason: 'organisation' });
  }
}

/**
 * Organisation memberships are keyed by organisation id alone; a role at an organisation of
 * the same id in another region is a different membership, which this grant must not touch.
 */
function holdsOrganisationElsewhere(access: UserAccess, grant: Grant): boolean {
  if (grant.kind !== 'organisation') return false;
  const held = access.organisations[grant.organisationId];
  return held !== undefined && held.regionId !== grant.regionId;
}

/** Brings `regions/{r}/members/{uid}` in line with the person's roles in r. */
function syncMember(
  tx: Transaction,
  ref: DocumentReference<Member>,
  access: UserAccess,
  regionId: string,
  existing: Member | null,
  actorUid: string,
  now: Date,
): void {
  const held = memberRoleIn(access, regionId);
  if (!held) {
    if (existing) tx.delete(ref);
    return;
  }
  const sameRole = existing !== null && existing.role === held.role && existing.organisationId === held.organisationId;
  tx.set(ref, {
    uid: ref.id,
    email: access.email,
    displayName: access.displayName,
    role: held.role,
    organisationId: held.organisationId,
    grantedBy: sameRole ? existing.grantedBy : actorUid,
    grantedAt: sameRole ? existing.grantedAt : now,
  });
}

function authErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

async function authUser(services: Services, uid: string): Promise<UserRecord> {
  try {
    return await services.auth.getUser(uid);
  } catch (error) {
    if (authErrorCode(error) === 'auth/user-not-found') throw new HttpsError('not-found', 'No account with this uid.', { reason: 'user' });
    throw error;
  }
}

async function authUserByEmail(services: Services, email: string): Promise<UserRecord | null> {
  try {
    return await services.auth.getUserByEmail(email);
  } catch (error) {
    if (authErrorCode(error) === 'auth/user-not-found') return null;
    throw error;
  }
}

async function grantTo(services: Services, actorUid: string, target: UserRecord, grant: Grant, fallbackDisplayName: string): Promise<void> {
  const { db } = services;
  const uid = target.uid;
  if (!target.email) throw new HttpsError('failed-precondition', 'Only accounts with an e-mail address can hold a role.', { reason: 'no_email' });
  const email = target.email;
  const regionId = regionOf(grant);
  await db.runTransaction(async (tx) => {
    await authorize(inTransaction(tx), db, actorUid, uid, grant, true);
    const accessRef = userAccessRef(db, uid);
    const stored = (await tx.get(accessRef)).data() ?? null;
    const membership = regionId ? memberRef(db, regionId, uid) : null;
    const member = membership ? ((await tx.get(membership)).data() ?? null) : null;
    const now = services.now();
    const access = stored ?? emptyAccess(email, target.displayName || fallbackDisplayName, now);
    if (holdsOrganisationElsewhere(access, grant)) {
      throw new HttpsError('failed-precondition', 'This person holds a role at an organisation with this id in another region.', {
        reason: 'organisation_elsewhere',
      });
    }
    const next = applyGrant(access, grant, now);
    tx.set(accessRef, next);
    if (membership && regionId) syncMember(tx, membership, next, regionId, member, actorUid, now);
  });
  logEvent('access.role_granted', { actorUid, targetUid: uid, kind: grant.kind, role: roleOf(grant), regionId });
}

/** `grantRole`: gives an existing account a role. */
export async function grantRole(services: Services, actorUid: string, input: GrantRoleInput): Promise<void> {
  const target = await authUser(services, input.uid);
  await grantTo(services, actorUid, target, input.grant, '');
}

/**
 * `revokeRole`: takes a role away. The person stays listed in the region's members while they
 * hold another role there (an organisation role, say). Revoking a role not held changes nothing.
 */
export async function revokeRole(services: Services, actorUid: string, input: RevokeRoleInput): Promise<void> {
  const { db } = services;
  const { uid, grant } = input;
  const regionId = regionOf(grant);
  await db.runTransaction(async (tx) => {
    await authorize(inTransaction(tx), db, actorUid, uid, grant, false);
    const accessRef = userAccessRef(db, uid);
    const stored = (await tx.get(accessRef)).data() ?? null;
    const membership = regionId ? memberRef(db, regionId, uid) : null;
    const member = membership ? ((await tx.get(membership)).data() ?? null) : null;
    if (!stored) {
      if (membership && member) tx.delete(membership);
      return;
    }
    if (holdsOrganisationElsewhere(stored, grant)) return;
    const now = services.now();
    const next = applyRevoke(stored, grant, now);
    tx.set(accessRef, next);
    if (membership && regionId) syncMember(tx, membership, next, regionId, member, actorUid, now);
  });
  logEvent('access.role_revoked', { actorUid, targetUid: uid, kind: grant.kind, role: roleOf(grant), regionId });
}

export interface InviteResult {
  uid: string;
  /** A password-reset link, so the invited person sets their own password. */
  signInLink: string;
  /** False when an account with this e-mail address existed already. */
  created: boolean;
}

/**
 * `inviteUser`: creates the account (without a password) unless one exists for the address,
 * grants the role, and returns a link with which the person sets their password. Permission is
 * checked before anything is created.
 */
export async function inviteUser(services: Services, actorUid: string, input: InviteUserInput): Promise<InviteResult> {
  const email = normalizeEmail(input.email);
  const existing = await authUserByEmail(services, email);
  // A new account cannot be the caller; uids are never empty, so '' never matches the actor.
  await authorize(directly, services.db, actorUid, existing?.uid ?? '', input.grant, true);
  let target = existing;
  let created = false;
  if (!target) {
    try {
      target = await services.auth.createUser({ email, displayName: input.displayName, emailVerified: false, disabled: false });
      created = true;
    } catch (error) {
      if (authErrorCode(error) !== 'auth/email-already-exists') throw error;
      target = await services.auth.getUserByEmail(email);
    }
  }
  await grantTo(services, actorUid, target, input.grant, input.displayName);
  const signInLink = await services.auth.generatePasswordResetLink(email);
  logEvent('access.user_invited', { actorUid, targetUid: target.uid, created, regionId: regionOf(input.grant) });
  return { uid: target.uid, signInLink, created };
}
