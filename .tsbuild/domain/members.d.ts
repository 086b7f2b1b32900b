import type { Member, UserAccess } from './schemas/user.js';
export type MemberRole = Pick<Member, 'role' | 'organisationId'>;
/**
 * The role a person is listed with in `regions/{r}/members/{uid}`, or null when they hold no
 * role in the region any more. A region role wins over organisation roles; among organisation
 * roles, hr before training, then the lowest organisation id (deterministic).
 */
export declare function memberRoleIn(access: UserAccess, regionId: string): MemberRole | null;
/** Every region a person holds a role in (region roles and organisation roles). */
export declare function memberRegionIds(access: UserAccess): string[];
