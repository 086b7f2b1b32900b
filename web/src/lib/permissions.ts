import { permissionsByRole, rolesOf, type Permission, type Role, type UserAccess } from '@koers/domain';

/** What a route or navigation entry asks of the person: a role they hold, or a permission. */
export type Requirement = { role: Role } | { permission: Permission };

export function permissionsOf(access: UserAccess): Set<Permission> {
  return new Set(rolesOf(access).flatMap((role) => permissionsByRole[role]));
}

export function meets(access: UserAccess | null | undefined, requirement: Requirement): boolean {
  if (!access) return false;
  if ('role' in requirement) return rolesOf(access).includes(requirement.role);
  return permissionsOf(access).has(requirement.permission);
}

/** Regions where the person holds one of the given region roles, sorted by id. */
export function regionsWithRole(access: UserAccess, roles: readonly Role[]): string[] {
  return Object.entries(access.regions)
    .filter(([, role]) => roles.includes(role))
    .map(([regionId]) => regionId)
    .sort();
}
