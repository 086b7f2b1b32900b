import { rolePrecedence, startPathByRole, staffRoles, type Role } from './roles.js';
import type { Grant, UserAccess } from './schemas/user.js';

export function emptyAccess(email: string, displayName: string, now: Date): UserAccess {
  return {
    email,
    displayName,
    locale: 'nl',
    admin: false,
    regions: {},
    organisations: {},
    staffRegionIds: [],
    organisationIds: [],
    candidateId: null,
    updatedAt: now,
  };
}

/** Recomputes the derived lists the security rules query with. */
function withDerived(access: UserAccess): UserAccess {
  const staff: readonly string[] = staffRoles;
  return {
    ...access,
    staffRegionIds: Object.entries(access.regions)
      .filter(([, role]) => staff.includes(role))
      .map(([regionId]) => regionId)
      .sort(),
    organisationIds: Object.keys(access.organisations).sort(),
  };
}

export function applyGrant(access: UserAccess, grant: Grant, now: Date): UserAccess {
  const next: UserAccess = { ...access, regions: { ...access.regions }, organisations: { ...access.organisations }, updatedAt: now };
  if (grant.kind === 'admin') next.admin = true;
  if (grant.kind === 'region') next.regions[grant.regionId] = grant.role;
  if (grant.kind === 'organisation') next.organisations[grant.organisationId] = { role: grant.role, regionId: grant.regionId };
  return withDerived(next);
}

export function applyRevoke(access: UserAccess, grant: Grant, now: Date): UserAccess {
  const next: UserAccess = { ...access, regions: { ...access.regions }, organisations: { ...access.organisations }, updatedAt: now };
  if (grant.kind === 'admin') next.admin = false;
  if (grant.kind === 'region' && next.regions[grant.regionId] === grant.role) delete next.regions[grant.regionId];
  const membership = grant.kind === 'organisation' ? next.organisations[grant.organisationId] : undefined;
  if (grant.kind === 'organisation' && membership?.role === grant.role && membership.regionId === grant.regionId) {
    delete next.organisations[grant.organisationId];
  }
  return withDerived(next);
}

export type GrantDenial = 'self' | 'not_allowed';

/**
 * Whether `actor` may grant or revoke `grant` for `targetUid`. Admins may grant anything;
 * a coordinator only roles in their own region; nobody changes their own roles.
 */
export function checkGrant(actorUid: string, actor: UserAccess | null, targetUid: string, grant: Grant): GrantDenial | null {
  if (actorUid === targetUid) return 'self';
  if (!actor) return 'not_allowed';
  if (actor.admin) return null;
  if (grant.kind === 'admin') return 'not_allowed';
  return actor.regions[grant.regionId] === 'coordinator' ? null : 'not_allowed';
}

/** Every role a person holds, in precedence order, without duplicates. */
export function rolesOf(access: UserAccess): Role[] {
  const held = new Set<Role>();
  if (access.admin) held.add('admin');
  for (const role of Object.values(access.regions)) held.add(role);
  for (const membership of Object.values(access.organisations)) held.add(membership.role);
  if (access.candidateId) held.add('candidate');
  return rolePrecedence.filter((role) => held.has(role));
}

export function startPathFor(access: UserAccess | null): string {
  const primary = access ? rolesOf(access)[0] : undefined;
  return primary ? startPathByRole[primary] : '/geen-toegang';
}
