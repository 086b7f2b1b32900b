import { z } from 'zod';
/** `regions/{r}/apiKeys/{id}`: a website's key. Only a hash is kept; functions write. */
export declare const apiKeySchema: z.ZodObject<{
    name: z.ZodString;
    prefix: z.ZodString;
    hash: z.ZodString;
    createdAt: z.ZodDate;
    createdBy: z.ZodString;
    revokedAt: z.ZodNullable<z.ZodDate>;
}, z.core.$strip>;
export type ApiKey = z.infer<typeof apiKeySchema>;
/**
 * `regions/{r}/aggregates/{periodKey}` and `crossRegionAggregates/{periodKey}`: counts kept
 * by functions. Keys of `counts` are dimension paths such as `phase.matching` or
 * `subject.wiskunde`.
 */
export declare const aggregateSchema: z.ZodObject<{
    period: z.ZodString;
    counts: z.ZodRecord<z.ZodString, z.ZodNumber>;
    updatedAt: z.ZodDate;
}, z.core.$strip>;
export type Aggregate = z.infer<typeof aggregateSchema>;
/** `crossRegionAggregates/{periodKey}`: per-region figures side by side, small numbers suppressed. */
export declare const crossRegionAggregateSchema: z.ZodObject<{
    period: z.ZodString;
    regionIds: z.ZodArray<z.ZodString>;
    byRegion: z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodNumber>>>;
    updatedAt: z.ZodDate;
}, z.core.$strip>;
export type CrossRegionAggregate = z.infer<typeof crossRegionAggregateSchema>;
/** `candidates/{c}/presence/{uid}`: who has the dossier open, refreshed while it is. */
export declare const presenceSchema: z.ZodObject<{
    displayName: z.ZodString;
    at: z.ZodDate;
}, z.core.$strip>;
export type Presence = z.infer<typeof presenceSchema>;
