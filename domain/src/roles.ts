/**
 * Roles and what they may do, as data. The web app derives navigation and start pages
 * from this; firestore.rules encodes the same policy and the rules tests iterate over
 * these roles so the two cannot drift apart unnoticed.
 */

export const regionRoles = ['coordinator', 'adviser', 'director'] as const;
export type RegionRole = (typeof regionRoles)[number];

export const organisationRoles = ['hr', 'training'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export const roles = ['admin', ...regionRoles, ...organisationRoles, 'candidate'] as const;
export type Role = (typeof roles)[number];

/** Region roles that work with personal candidate data. */
export const staffRoles = ['coordinator', 'adviser'] as const satisfies readonly RegionRole[];

export const permissions = [
  'roles.grant',
  'regions.configure',
  'candidates.read',
  'candidates.write',
  'network.read',
  'network.write',
  'offer.write',
  'introductions.respond',
  'aggregates.read',
  /** Take part in threads between stakeholders (the candidate uses their own view). */
  'messages.read',
  /** Start a thread and add people to it. */
  'messages.start',
  'self.read',
] as const;
export type Permission = (typeof permissions)[number];

export const permissionsByRole: Record<Role, readonly Permission[]> = {
  admin: ['roles.grant', 'regions.configure', 'network.read'],
  coordinator: [
    'roles.grant',
    'regions.configure',
    'candidates.read',
    'candidates.write',
    'network.read',
    'network.write',
    'offer.write',
    'aggregates.read',
    'messages.read',
    'messages.start',
  ],
  adviser: ['candidates.read', 'candidates.write', 'network.read', 'network.write', 'offer.write', 'aggregates.read', 'messages.read', 'messages.start'],
  director: ['aggregates.read', 'messages.read'],
  hr: ['network.read', 'offer.write', 'introductions.respond', 'messages.read'],
  training: ['network.read', 'offer.write', 'introductions.respond', 'messages.read'],
  candidate: ['self.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return permissionsByRole[role].includes(permission);
}

/** Where each role lands after signing in. */
export const startPathByRole: Record<Role, string> = {
  admin: '/beheer',
  coordinator: '/regio',
  adviser: '/start',
  director: '/dashboard',
  hr: '/organisatie',
  training: '/organisatie',
  candidate: '/mijn',
};

/** When a person holds several roles, the first of this list decides the start page. */
export const rolePrecedence: readonly Role[] = ['admin', 'coordinator', 'adviser', 'director', 'hr', 'training', 'candidate'];
