import { z } from 'zod';
import { nameSchema } from './common.js';

/** `regions/{r}/apiKeys/{id}`: a website's key. Only a hash is kept; functions write. */
export const apiKeySchema = z.object({
  name: nameSchema,
  /** First characters of the key, so people can tell keys apart. */
  prefix: z.string().max(12),
  hash: z.string().length(64),
  createdAt: z.date(),
  createdBy: z.string(),
  revokedAt: z.date().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

/**
 * `regions/{r}/aggregates/{periodKey}` and `crossRegionAggregates/{periodKey}`: counts kept
 * by functions. Keys of `counts` are dimension paths such as `phase.matching` or
 * `subject.wiskunde`.
 */
export const aggregateSchema = z.object({
  period: z.string().max(20),
  counts: z.record(z.string(), z.number()),
  updatedAt: z.date(),
});
export type Aggregate = z.infer<typeof aggregateSchema>;

/** `crossRegionAggregates/{periodKey}`: per-region figures side by side, small numbers suppressed. */
export const crossRegionAggregateSchema = z.object({
  period: z.string().max(20),
  regionIds: z.array(z.string()),
  /** Per region: counts as in `aggregateSchema`, with values below 5 stored as null ("< 5"). */
  byRegion: z.record(z.string(), z.record(z.string(), z.number().nullable())),
  updatedAt: z.date(),
});
export type CrossRegionAggregate = z.infer<typeof crossRegionAggregateSchema>;

/** `candidates/{c}/presence/{uid}`: who has the dossier open, refreshed while it is. */
export const presenceSchema = z.object({
  displayName: z.string().max(200),
  at: z.date(),
});
export type Presence = z.infer<typeof presenceSchema>;
