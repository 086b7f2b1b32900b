// The seeded world must be made of valid documents (the zod schemas of @koers/domain), or the
// rules tests would prove things about data the app never writes. No emulator needed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ZodType } from 'zod';
import {
  activitySchema,
  aggregateLedgerSchema,
  aggregateSchema,
  apiKeySchema,
  auditEntrySchema,
  candidateIndexEntrySchema,
  candidateSchema,
  candidateServerOwnedFields,
  candidateViewSchema,
  consentSchema,
  crossRegionAggregateSchema,
  contactSchema,
  feedbackSchema,
  feedbackSummarySchema,
  interactionSchema,
  introductionSchema,
  mailSchema,
  matchSchema,
  memberSchema,
  messageSchema,
  nextStepSchema,
  notificationSchema,
  organisationSchema,
  privacyRequestSchema,
  programmeSchema,
  regionSchema,
  registrationSchema,
  savedViewSchema,
  suggestionSetSchema,
  taskSchema,
  threadSchema,
  typingSchema,
  userAccessSchema,
  vacancySchema,
} from '@koers/domain';
import { buildWorld } from './support.js';

/** Path patterns of the data model, with the schema of their documents (null: no schema yet). */
const schemaByPath: [RegExp, ZodType | null][] = [
  [/^users\/[^/]+$/, userAccessSchema],
  [/^users\/[^/]+\/notifications\/[^/]+$/, notificationSchema],
  [/^regions\/[^/]+$/, regionSchema],
  [/^regions\/[^/]+\/members\/[^/]+$/, memberSchema],
  [/^regions\/[^/]+\/organisations\/[^/]+$/, organisationSchema],
  [/^regions\/[^/]+\/organisations\/[^/]+\/introductions\/[^/]+$/, introductionSchema],
  [/^regions\/[^/]+\/contacts\/[^/]+$/, contactSchema],
  [/^regions\/[^/]+\/programmes\/[^/]+$/, programmeSchema],
  [/^regions\/[^/]+\/vacancies\/[^/]+$/, vacancySchema],
  [/^regions\/[^/]+\/activities\/[^/]+$/, activitySchema],
  [/^regions\/[^/]+\/activities\/[^/]+\/registrations\/[^/]+$/, registrationSchema],
  [/^regions\/[^/]+\/candidateIndex\/[^/]+$/, candidateIndexEntrySchema],
  [/^regions\/[^/]+\/tasks\/[^/]+$/, taskSchema],
  [/^regions\/[^/]+\/matches\/[^/]+$/, matchSchema],
  [/^regions\/[^/]+\/matchingOffer\/[^/]+$/, null],
  [/^regions\/[^/]+\/savedViews\/[^/]+$/, savedViewSchema],
  [/^regions\/[^/]+\/privacyRequests\/[^/]+$/, privacyRequestSchema],
  [/^regions\/[^/]+\/feedback\/[^/]+$/, feedbackSchema],
  [/^regions\/[^/]+\/feedbackSummaries\/[^/]+$/, feedbackSummarySchema],
  [/^regions\/[^/]+\/aggregates\/[^/]+$/, aggregateSchema],
  [/^regions\/[^/]+\/aggregateSlices\/[^/]+$/, aggregateSchema],
  [/^regions\/[^/]+\/aggregateLedger\/[^/]+$/, aggregateLedgerSchema],
  [/^regions\/[^/]+\/apiKeys\/[^/]+$/, apiKeySchema],
  [/^candidates\/[^/]+$/, candidateSchema],
  [/^candidates\/[^/]+\/interactions\/[^/]+$/, interactionSchema],
  [/^candidates\/[^/]+\/audit\/[^/]+$/, auditEntrySchema],
  [/^candidates\/[^/]+\/presence\/[^/]+$/, null],
  [/^candidates\/[^/]+\/suggestions\/[^/]+$/, suggestionSetSchema],
  [/^candidates\/[^/]+\/steps\/[^/]+$/, nextStepSchema],
  [/^candidateViews\/[^/]+$/, candidateViewSchema],
  [/^threads\/[^/]+$/, threadSchema],
  [/^threads\/[^/]+\/messages\/[^/]+$/, messageSchema],
  [/^threads\/[^/]+\/typing\/[^/]+$/, typingSchema],
  [/^crossRegionAggregates\/[^/]+$/, crossRegionAggregateSchema],
  [/^mail\/[^/]+$/, mailSchema],
  [/^apiKeyHashes\/[^/]+$/, null],
  [/^publicRateLimits\/[^/]+$/, null],
  [/^idempotencyKeys\/[^/]+$/, null],
];

describe('the seeded world', () => {
  const world = buildWorld();

  for (const [path, data] of Object.entries(world)) {
    test(`${path} is a valid document of its collection`, () => {
      const entry = schemaByPath.find(([pattern]) => pattern.test(path));
      expect(entry, `no collection in the data model matches ${path}`).toBeDefined();
      const schema = entry?.[1];
      if (!schema) return;
      const result = schema.safeParse(data);
      expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    });
  }
});

describe('firestore.rules mirrors the field lists of @koers/domain', () => {
  const rules = readFileSync(resolve(import.meta.dirname, '..', '..', 'firestore.rules'), 'utf8');

  /** The quoted strings of the first `<call>([...])` after `function <name>()`. */
  function listInFunction(name: string, call: 'hasOnly' | 'hasAny'): string[] {
    const body = rules.slice(rules.indexOf(`function ${name}()`));
    const list = new RegExp(String.raw`${call}\(\[([^\]]*)\]\)`).exec(body)?.[1] ?? '';
    return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '').sort();
  }

  /** The names in `get('<name>'` calls of `function <name>()`, up to the next function. */
  function fieldsReadInFunction(name: string): string[] {
    const start = rules.indexOf(`function ${name}()`);
    const end = rules.indexOf('function ', start + 1);
    const body = rules.slice(start, end === -1 ? undefined : end);
    return [...new Set([...body.matchAll(/\.get\('([^']+)'/g)].map((match) => match[1] ?? ''))].sort();
  }

  test('the fields staff may not change are candidateServerOwnedFields', () => {
    expect(listInFunction('staffUpdate', 'hasAny')).toEqual([...candidateServerOwnedFields].sort());
  });

  test("the candidate's consent decisions the rules keep from staff are fields of consentSchema", () => {
    const guarded = fieldsReadInFunction('consentDecisionsKept');
    expect(guarded).toEqual(['regions', 'withdrawnRegionIds']);
    expect(guarded.filter((field) => !(field in consentSchema.shape))).toEqual([]);
  });

  test('the fields the candidate may change when ticking off a step are fields of nextStepSchema', () => {
    const ticked = listInFunction('tickedBySelf', 'hasOnly');
    expect(ticked).toEqual(['done', 'doneAt', 'doneBy']);
    expect(ticked.filter((field) => !(field in nextStepSchema.shape))).toEqual([]);
  });
});
