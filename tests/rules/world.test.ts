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
  candidateSelfEditableFields,
  candidateServerOwnedFields,
  crossRegionAggregateSchema,
  contactSchema,
  feedbackSchema,
  interactionSchema,
  introductionSchema,
  mailSchema,
  matchSchema,
  memberSchema,
  messageSchema,
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
  [/^regions\/[^/]+\/aggregates\/[^/]+$/, aggregateSchema],
  [/^regions\/[^/]+\/aggregateSlices\/[^/]+$/, aggregateSchema],
  [/^regions\/[^/]+\/aggregateLedger\/[^/]+$/, aggregateLedgerSchema],
  [/^regions\/[^/]+\/apiKeys\/[^/]+$/, apiKeySchema],
  [/^candidates\/[^/]+$/, candidateSchema],
  [/^candidates\/[^/]+\/interactions\/[^/]+$/, interactionSchema],
  [/^candidates\/[^/]+\/audit\/[^/]+$/, auditEntrySchema],
  [/^candidates\/[^/]+\/presence\/[^/]+$/, null],
  [/^candidates\/[^/]+\/suggestions\/[^/]+$/, suggestionSetSchema],
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

  test("the candidate's self-service fields are candidateSelfEditableFields", () => {
    expect(listInFunction('selfUpdate', 'hasOnly')).toEqual([...candidateSelfEditableFields].sort());
  });

  test("the fields staff may not change are candidateServerOwnedFields", () => {
    expect(listInFunction('staffUpdate', 'hasAny')).toEqual([...candidateServerOwnedFields].sort());
  });
});
