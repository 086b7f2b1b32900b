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
