/**
 * Roles and what they may do, as data. The web app derives navigation and start pages
 * from this; firestore.rules encodes the same policy and the rules tests iterate over
 * these roles so the two cannot drift apart unnoticed.
 */
export declare const regionRoles: readonly ["coordinator", "adviser", "director"];
export type RegionRole = (typeof regionRoles)[number];
export declare const organisationRoles: readonly ["hr", "training"];
export type OrganisationRole = (typeof organisationRoles)[number];
export declare const roles: readonly ["admin", "coordinator", "adviser", "director", "hr", "training", "candidate"];
export type Role = (typeof roles)[number];
/** Region roles that work with personal candidate data. */
export declare const staffRoles: readonly ["coordinator", "adviser"];
export declare const permissions: readonly ["roles.grant", "regions.configure", "candidates.read", "candidates.write", "network.read", "network.write", "offer.write", "introductions.respond", "aggregates.read", "self.read"];
export type Permission = (typeof permissions)[number];
export declare const permissionsByRole: Record<Role, readonly Permission[]>;
export declare function can(role: Role, permission: Permission): boolean;
/** Where each role lands after signing in. */
export declare const startPathByRole: Record<Role, string>;
/** When a person holds several roles, the first of this list decides the start page. */
export declare const rolePrecedence: readonly Role[];
