import { type Role } from './roles.js';
import type { Grant, UserAccess } from './schemas/user.js';
export declare function emptyAccess(email: string, displayName: string, now: Date): UserAccess;
export declare function applyGrant(access: UserAccess, grant: Grant, now: Date): UserAccess;
export declare function applyRevoke(access: UserAccess, grant: Grant, now: Date): UserAccess;
export type GrantDenial = 'self' | 'not_allowed';
/**
 * Whether `actor` may grant or revoke `grant` for `targetUid`. Admins may grant anything;
 * a coordinator only roles in their own region; nobody changes their own roles.
 */
export declare function checkGrant(actorUid: string, actor: UserAccess | null, targetUid: string, grant: Grant): GrantDenial | null;
/** Every role a person holds, in precedence order, without duplicates. */
export declare function rolesOf(access: UserAccess): Role[];
export declare function startPathFor(access: UserAccess | null): string;
