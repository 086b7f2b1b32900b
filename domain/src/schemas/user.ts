import { z } from 'zod';
import { locales } from '../vocabularies.js';
import { organisationRoles, regionRoles } from '../roles.js';
import { emailSchema, idSchema, regionIdSchema, uidSchema } from './common.js';
import { notificationPreferencesSchema } from './messaging.js';

export const regionRoleSchema = z.enum(regionRoles);
export const organisationRoleSchema = z.enum(organisationRoles);

export const organisationMembershipSchema = z.object({
  role: organisationRoleSchema,
  regionId: regionIdSchema,
});

/**
 * `users/{uid}`: the single source of truth for what a person may do. Written only by
 * Cloud Functions; security rules read it with get(), so a revoked role stops working
 * on the very next request.
 */
export const userAccessSchema = z.object({
  email: emailSchema,
  displayName: z.string().max(200),
  locale: z.enum(locales),
  admin: z.boolean(),
  regions: z.record(regionIdSchema, regionRoleSchema),
  organisations: z.record(idSchema, organisationMembershipSchema),
  /** Derived: regions where the person is coordinator or adviser (rules use hasAny). */
  staffRegionIds: z.array(regionIdSchema),
  /** Derived: keys of `organisations`. */
  organisationIds: z.array(idSchema),
  /** Set when the account belongs to a candidate, linked by verified e-mail. */
  candidateId: idSchema.nullable(),
  /** How the person wants to hear of notifications; the one field besides locale and name they set themselves. */
  notificationPreferences: notificationPreferencesSchema.optional(),
  updatedAt: z.date(),
});
export type UserAccess = z.infer<typeof userAccessSchema>;

/** `regions/{regionId}/members/{uid}`: the region's directory of people with a role in it. */
export const memberSchema = z.object({
  uid: uidSchema,
  email: emailSchema,
  displayName: z.string().max(200),
  role: z.union([regionRoleSchema, organisationRoleSchema]),
  organisationId: idSchema.nullable(),
  grantedBy: uidSchema,
  grantedAt: z.date(),
});
export type Member = z.infer<typeof memberSchema>;

/** A role a coordinator or admin grants (or revokes) through the `grantRole` function. */
export const grantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('admin') }),
  z.object({ kind: z.literal('region'), regionId: regionIdSchema, role: regionRoleSchema }),
  z.object({
    kind: z.literal('organisation'),
    regionId: regionIdSchema,
    organisationId: idSchema,
    role: organisationRoleSchema,
  }),
]);
export type Grant = z.infer<typeof grantSchema>;

export const grantRoleInputSchema = z.object({ uid: uidSchema, grant: grantSchema });
export type GrantRoleInput = z.infer<typeof grantRoleInputSchema>;

export const revokeRoleInputSchema = grantRoleInputSchema;
export type RevokeRoleInput = z.infer<typeof revokeRoleInputSchema>;

export const inviteUserInputSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(200),
  grant: grantSchema,
});
export type InviteUserInput = z.infer<typeof inviteUserInputSchema>;
