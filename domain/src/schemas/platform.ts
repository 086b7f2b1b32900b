import { z } from 'zod';
import { activityKinds } from '../vocabularies.js';
import { candidateSchema, journeyStepSchema, taskSchema } from './candidate.js';
import { idSchema, isoDateSchema, nameSchema, regionIdSchema } from './common.js';
import { matchStatuses, matchStepSchema } from './matching.js';
import { registrationSchema } from './network.js';

/** `regions/{r}/apiKeys/{id}`: a website's key. Only a hash is kept; functions write. */
export const apiKeySchema = z.object({
  name: nameSchema,
  /** First characters of the key, so people can tell keys apart. */
  prefix: z.string().max(12),
  hash: z.string().length(64),
  createdAt: z.date(),
  createdBy: z.string(),
  revokedAt: z.date().nullable(),
  revokedBy: z.string().nullable().optional(),
  /** Requests per minute before 429; generous for websites, low for tests. */
  rateLimitPerMinute: z.number().int().min(1).max(100_000).optional(),
  lastUsedAt: z.date().nullable().optional(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

/** Calls a key may make per minute unless its document says otherwise. */
export const defaultApiKeyRateLimitPerMinute = 3_000;

/**
 * `apiKeyHashes/{sha256 of the key}`: what a request's key resolves to, found in one read.
 * Server-only; `revoked` mirrors the key's revokedAt so a revoked key is refused without a
 * second read.
 */
export const apiKeyHashSchema = z.object({
  regionId: regionIdSchema,
  keyId: idSchema,
  revoked: z.boolean(),
  rateLimitPerMinute: z.number().int().min(1).max(100_000),
});
export type ApiKeyHash = z.infer<typeof apiKeyHashSchema>;

/** `createApiKey({ regionId, name })`: a coordinator names a new key for one of their websites. */
export const createApiKeyInputSchema = z.object({ regionId: regionIdSchema, name: z.string().trim().min(1).max(80) });
export type CreateApiKeyInput = z.infer<typeof createApiKeyInputSchema>;

/** `revokeApiKey({ regionId, keyId })`. */
export const revokeApiKeyInputSchema = z.object({ regionId: regionIdSchema, keyId: idSchema });
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeyInputSchema>;

/**
 * `regions/{r}/apiKeys/{k}/calls/{id}`: one API call, for the coordinator's key page and
 * audits. The route pattern (never the filled-in path or the body) keeps personal data out.
 */
export const apiCallSchema = z.object({
  at: z.date(),
  method: z.string().max(10),
  route: z.string().max(200),
  status: z.number().int(),
  /** Machine reason for a refusal (`invalid_body`, `rate_limited`, …), null on success. */
  reason: z.string().max(60).nullable(),
  durationMs: z.number().int().min(0),
  expiresAt: z.date(),
});
export type ApiCall = z.infer<typeof apiCallSchema>;

const periodKindSchema = z.enum(['state', 'day', 'week', 'month']);
const countMapSchema = z.record(z.string(), z.number());

/**
 * `regions/{r}/aggregates/{id}`: counts kept by functions (see `aggregates/contributions.ts`
 * for the keys), one document per period and slice (`aggregateDocId`: `m-2026-11` for `all`,
 * `m-2026-11~sector.vo` for a filter). `period` is `current` (the state now) or a day, ISO
 * week or month (`d-2026-11-30`, `w-2026-W48`, `m-2026-11`); `start` is a flow period's first
 * day. `slice` is the dashboard filter: `all`, `sector.<s>`, `subject.<x>`, `owner.<uid>`;
 * `slices` holds that one slice's counts under its name. Counts may be 0 after changes;
 * readers treat 0 and missing alike.
 */
export const aggregateSchema = z.object({
  period: z.string().max(20),
  kind: periodKindSchema,
  start: isoDateSchema.nullable(),
  slice: z.string().max(200),
  slices: z.record(z.string(), countMapSchema),
  updatedAt: z.date(),
});
export type Aggregate = z.infer<typeof aggregateSchema>;

/** The dossier fields its contribution depends on: no name, contact details or notes. */
export const candidateFactsSchema = candidateSchema
  .pick({
    phase: true,
    status: true,
    exitReason: true,
    phaseSince: true,
    createdAt: true,
    ownerUid: true,
    sectors: true,
    subjects: true,
    functions: true,
    qualifications: true,
    priorEducation: true,
    source: true,
    lastContactAt: true,
  })
  .extend({
    journey: z.array(journeyStepSchema),
    /** Bottlenecks as their keys (`bottleneckKey`), not the adviser's free text. */
    bottlenecks: z.array(z.string().max(60)),
  });
export type CandidateFactsRecord = z.infer<typeof candidateFactsSchema>;

/**
 * What a source document's contribution was computed from, stored per source so the next
 * change is applied as the difference (see `aggregates/ledger.ts`).
 */
export const ledgerFactsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('candidate'), candidate: candidateFactsSchema }),
  z.object({ kind: z.literal('task'), task: taskSchema.pick({ assigneeUid: true, dueDate: true, done: true, doneAt: true, createdAt: true }) }),
  z.object({ kind: z.literal('match'), match: z.object({ status: z.enum(matchStatuses), steps: z.array(matchStepSchema.pick({ status: true, at: true })) }) }),
  z.object({
    kind: z.literal('registration'),
    registration: registrationSchema.pick({ status: true, source: true, registeredAt: true }),
    activityKind: z.enum(activityKinds).nullable(),
  }),
]);
export type LedgerFacts = z.infer<typeof ledgerFactsSchema>;

/**
 * `regions/{r}/aggregateLedger/{source}` (functions only): the facts one source document's
 * contribution to the aggregates was computed from. `source` is `candidate-{id}`, `task-{id}`,
 * `match-{id}` or `registration-{activityId}-{id}`.
 */
export const aggregateLedgerSchema = z.object({
  facts: ledgerFactsSchema,
  updatedAt: z.date(),
});
export type AggregateLedger = z.infer<typeof aggregateLedgerSchema>;

/**
 * `crossRegionAggregates/{period}` (`current` and months): the `all` figures of every
 * participating region side by side, with counts from 1 to 4 stored as null ("< 5").
 */
export const crossRegionAggregateSchema = z.object({
  period: z.string().max(20),
  kind: periodKindSchema,
  regionIds: z.array(z.string()),
  regionNames: z.record(z.string(), z.string()),
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
