import { z } from 'zod';
export declare const regionRoleSchema: z.ZodEnum<{
    coordinator: "coordinator";
    adviser: "adviser";
    director: "director";
}>;
export declare const organisationRoleSchema: z.ZodEnum<{
    hr: "hr";
    training: "training";
}>;
export declare const organisationMembershipSchema: z.ZodObject<{
    role: z.ZodEnum<{
        hr: "hr";
        training: "training";
    }>;
    regionId: z.ZodString;
}, z.core.$strip>;
/**
 * `users/{uid}`: the single source of truth for what a person may do. Written only by
 * Cloud Functions; security rules read it with get(), so a revoked role stops working
 * on the very next request.
 */
export declare const userAccessSchema: z.ZodObject<{
    email: z.ZodEmail;
    displayName: z.ZodString;
    locale: z.ZodEnum<{
        nl: "nl";
        en: "en";
    }>;
    admin: z.ZodBoolean;
    regions: z.ZodRecord<z.ZodString, z.ZodEnum<{
        coordinator: "coordinator";
        adviser: "adviser";
        director: "director";
    }>>;
    organisations: z.ZodRecord<z.ZodString, z.ZodObject<{
        role: z.ZodEnum<{
            hr: "hr";
            training: "training";
        }>;
        regionId: z.ZodString;
    }, z.core.$strip>>;
    staffRegionIds: z.ZodArray<z.ZodString>;
    organisationIds: z.ZodArray<z.ZodString>;
    candidateId: z.ZodNullable<z.ZodString>;
    updatedAt: z.ZodDate;
}, z.core.$strip>;
export type UserAccess = z.infer<typeof userAccessSchema>;
/** `regions/{regionId}/members/{uid}`: the region's directory of people with a role in it. */
export declare const memberSchema: z.ZodObject<{
    uid: z.ZodString;
    email: z.ZodEmail;
    displayName: z.ZodString;
    role: z.ZodUnion<readonly [z.ZodEnum<{
        coordinator: "coordinator";
        adviser: "adviser";
        director: "director";
    }>, z.ZodEnum<{
        hr: "hr";
        training: "training";
    }>]>;
    organisationId: z.ZodNullable<z.ZodString>;
    grantedBy: z.ZodString;
    grantedAt: z.ZodDate;
}, z.core.$strip>;
export type Member = z.infer<typeof memberSchema>;
/** A role a coordinator or admin grants (or revokes) through the `grantRole` function. */
export declare const grantSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"admin">;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"region">;
    regionId: z.ZodString;
    role: z.ZodEnum<{
        coordinator: "coordinator";
        adviser: "adviser";
        director: "director";
    }>;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"organisation">;
    regionId: z.ZodString;
    organisationId: z.ZodString;
    role: z.ZodEnum<{
        hr: "hr";
        training: "training";
    }>;
}, z.core.$strip>], "kind">;
export type Grant = z.infer<typeof grantSchema>;
export declare const grantRoleInputSchema: z.ZodObject<{
    uid: z.ZodString;
    grant: z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"admin">;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"region">;
        regionId: z.ZodString;
        role: z.ZodEnum<{
            coordinator: "coordinator";
            adviser: "adviser";
            director: "director";
        }>;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"organisation">;
        regionId: z.ZodString;
        organisationId: z.ZodString;
        role: z.ZodEnum<{
            hr: "hr";
            training: "training";
        }>;
    }, z.core.$strip>], "kind">;
}, z.core.$strip>;
export type GrantRoleInput = z.infer<typeof grantRoleInputSchema>;
export declare const revokeRoleInputSchema: z.ZodObject<{
    uid: z.ZodString;
    grant: z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"admin">;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"region">;
        regionId: z.ZodString;
        role: z.ZodEnum<{
            coordinator: "coordinator";
            adviser: "adviser";
            director: "director";
        }>;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"organisation">;
        regionId: z.ZodString;
        organisationId: z.ZodString;
        role: z.ZodEnum<{
            hr: "hr";
            training: "training";
        }>;
    }, z.core.$strip>], "kind">;
}, z.core.$strip>;
export type RevokeRoleInput = z.infer<typeof revokeRoleInputSchema>;
export declare const inviteUserInputSchema: z.ZodObject<{
    email: z.ZodEmail;
    displayName: z.ZodString;
    grant: z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"admin">;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"region">;
        regionId: z.ZodString;
        role: z.ZodEnum<{
            coordinator: "coordinator";
            adviser: "adviser";
            director: "director";
        }>;
    }, z.core.$strip>, z.ZodObject<{
        kind: z.ZodLiteral<"organisation">;
        regionId: z.ZodString;
        organisationId: z.ZodString;
        role: z.ZodEnum<{
            hr: "hr";
            training: "training";
        }>;
    }, z.core.$strip>], "kind">;
}, z.core.$strip>;
export type InviteUserInput = z.infer<typeof inviteUserInputSchema>;
