import { organisationRoles } from './roles.js';
import type { Member, UserAccess } from './schemas/user.js';

export type MemberRole = Pick<Member, 'role' | 'organisationId'>;

/**
 * The role a person is listed with in `regions/{r}/members/{uid}`, or null when they hold no
 * role in the region any more. A region role wins over organisation roles; among organisation
 * roles, hr before training, then the lowest organisation id (deterministic).
 */
export function memberRoleIn(access: UserAccess, regionId: string): MemberRole | null {
  const regionRole = access.regions[regionId];
  if (regionRole) return { role: regionRole, organisationId: null };
  const memberships = Object.entries(access.organisations)
    .filter(([, membership]) => membership.regionId === regionId)
    .sort(([idA, a], [idB, b]) => organisationRoles.indexOf(a.role) - organisationRoles.indexOf(b.role) || idA.localeCompare(idB));
  const first = memberships[0];
  return first ? { role: first[1].role, organisationId: first[0] } : null;
}

/** Every region a person holds a role in (region roles and organisation roles). */
export function memberRegionIds(access: UserAccess): string[] {
  const ids = new Set([...Object.keys(access.regions), ...Object.values(access.organisations).map((m) => m.regionId)]);
  return [...ids].sort();
}
