import { describe, expect, test } from 'vitest';
import {
  apiCandidateInputSchema,
  apiCandidateOutputSchema,
  apiCandidatePatchSchema,
  apiInteractionInputSchema,
  apiV2JsonSchema,
  customFieldRecordProblems,
  fromApiCandidateInput,
  interactionDate,
  toApiCandidate,
} from './api-v2.js';
import { candidateSchema } from './schemas/candidate.js';
import type { CustomFieldDefinition } from './schemas/region.js';
import { candidateFixture } from './testing/candidate-fixture.js';

const minimal = { name: 'Sanne de Boer', email: 'Sanne@Example.nl', privacyConsent: true };

const fieldsOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; code: string; keys?: string[] }> } }) =>
  (result.error?.issues ?? []).flatMap((issue) => (issue.code === 'unrecognized_keys' ? (issue.keys ?? []) : [issue.path.join('.')]));

describe('the v2 candidate input', () => {
  test('maps onto the intake shape with Koers codes, normalised e-mail and postcode', () => {
    const input = apiCandidateInputSchema.parse({
      ...minimal,
      phone: ' 06 12345678 ',
      postcode: '6511ab',
      birthDate: '1985-03-02',
      phase: 'matching',
      sectors: ['vo', 'vo', 'pro'],
      functions: ['teacher'],
      priorEducation: 'wo_master',
      customFields: { bron_campagne: 'radio' },
    });
    const mapped = fromApiCandidateInput(input);
    expect(mapped.profile).toMatchObject({ name: 'Sanne de Boer', email: 'sanne@example.nl', phone: '06 12345678', postcode: '6511 AB', sectors: ['vo', 'pro'], priorEducation: 'wo_master', subjects: [] });
    expect(mapped).toMatchObject({ phase: 'matching', status: 'active', customFields: { bron_campagne: 'radio' }, interactions: [], exitReasonText: null });
  });

  test('names every unknown field, and Dutch v1 names are unknown here', () => {
    const result = apiCandidateInputSchema.safeParse({ ...minimal, naam: 'x', favouriteColour: 'blue' });
    expect(fieldsOf(result).sort()).toEqual(['favouriteColour', 'naam']);
  });

  test('needs an e-mail or a phone number, and privacy consent', () => {
    expect(fieldsOf(apiCandidateInputSchema.safeParse({ name: 'Zonder Contact', privacyConsent: true }))).toEqual(['email']);
    expect(apiCandidateInputSchema.safeParse({ name: 'Alleen Telefoon', phone: '06-1234 5678', privacyConsent: true }).success).toBe(true);
    expect(fieldsOf(apiCandidateInputSchema.safeParse({ ...minimal, privacyConsent: false }))).toEqual(['privacyConsent']);
  });

  test('refuses a status without a phase, and codes outside the vocabularies', () => {
    expect(fieldsOf(apiCandidateInputSchema.safeParse({ ...minimal, status: 'paused' }))).toEqual(['phase']);
    expect(fieldsOf(apiCandidateInputSchema.safeParse({ ...minimal, sectors: ['Voortgezet onderwijs'] }))).toEqual(['sectors.0']);
  });
});

describe('the v2 candidate patch', () => {
  test('allows null on fields the dossier may leave empty, not on name, phase or status', () => {
    expect(apiCandidatePatchSchema.safeParse({ phone: null, sectors: null, priorEducation: null, customFields: { bron: null } }).success).toBe(true);
    expect(fieldsOf(apiCandidatePatchSchema.safeParse({ name: null, phase: null, status: null })).sort()).toEqual(['name', 'phase', 'status']);
  });

  test('refuses an empty patch and unknown fields', () => {
    expect(apiCandidatePatchSchema.safeParse({}).success).toBe(false);
    expect(fieldsOf(apiCandidatePatchSchema.safeParse({ ownerUid: 'someone' }))).toEqual(['ownerUid']);
  });
});

describe('the v2 interaction input', () => {
  test('needs a type and a date, as a day or a date-time', () => {
    expect(fieldsOf(apiInteractionInputSchema.safeParse({ summary: 'Gesprek' })).sort()).toEqual(['performedAt', 'type']);
    expect(apiInteractionInputSchema.safeParse({ type: 'phone', performedAt: '2026-10-01' }).success).toBe(true);
    expect(apiInteractionInputSchema.safeParse({ type: 'phone', performedAt: '2026-10-01T09:30:00+02:00' }).success).toBe(true);
    expect(fieldsOf(apiInteractionInputSchema.safeParse({ type: 'phone', performedAt: 'yesterday' }))).toEqual(['performedAt']);
  });

  test('takes a bare day as midday UTC, so it stays that day in the Netherlands', () => {
    expect(interactionDate('2026-10-01').toISOString()).toBe('2026-10-01T12:00:00.000Z');
    expect(interactionDate('2026-10-01T09:30:00+02:00').toISOString()).toBe('2026-10-01T07:30:00.000Z');
  });
});

describe('the v2 candidate output', () => {
  test('shows the profile and consent summary, never internal fields', () => {
    const candidate = candidateSchema.parse(
      candidateFixture({ authUid: 'uid-candidate', ownerUid: 'uid-adviser', introducedOrganisationIds: ['school-1'], createdAt: new Date('2026-10-01T08:00:00Z') }),
    );
    const output = toApiCandidate('c1', candidate);
    expect(apiCandidateOutputSchema.parse(output)).toEqual(output);
    expect(output).toMatchObject({ id: 'c1', createdAt: '2026-10-01T08:00:00.000Z' });
    expect(Object.keys(output.consent).sort()).toEqual(['givenAt', 'privacy']);
    for (const internal of ['authUid', 'ownerUid', 'introducedOrganisationIds', 'homeRegionId', 'regionIds', 'intakeRouting', 'createdBy', 'updatedBy', 'tags']) {
      expect(output).not.toHaveProperty(internal);
    }
  });
});

describe('custom fields as a record', () => {
  const definitions: CustomFieldDefinition[] = [
    { name: 'bron', label: 'Bron', type: 'choice', options: ['radio', 'krant'], required: true },
    { name: 'uren', label: 'Uren', type: 'number', required: false },
  ];

  test('names each problem by the field name', () => {
    const problems = customFieldRecordProblems(definitions, { bron: 'tv', uren: 'veel', kleur: 'blauw' }, { creating: false });
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['customFields.bron', 'invalid_custom_field'],
      ['customFields.uren', 'invalid_custom_field'],
      ['customFields.kleur', 'unknown_custom_field'],
    ]);
  });

  test('lets null remove an optional field but not a required one', () => {
    expect(customFieldRecordProblems(definitions, { uren: null }, { creating: false })).toEqual([]);
    expect(customFieldRecordProblems(definitions, { bron: null }, { creating: false }).map((problem) => problem.code)).toEqual(['missing_custom_field']);
  });
});

describe('the v2 JSON Schema', () => {
  test('has a definition for each body and answer, generated from the zod schemas', () => {
    const document = apiV2JsonSchema() as { $defs: Record<string, { properties: Record<string, unknown>; required?: string[]; additionalProperties?: unknown }> };
    expect(Object.keys(document.$defs).sort()).toEqual(['Candidate', 'CandidateInput', 'CandidatePatch', 'Interaction', 'InteractionInput']);
    expect(document.$defs.CandidateInput!.required).toEqual(['name', 'privacyConsent']);
    expect(document.$defs.CandidateInput!.additionalProperties).toBe(false);
    expect(document.$defs.InteractionInput!.required).toEqual(['type', 'performedAt']);
    expect(Object.keys(document.$defs.Candidate!.properties)).toEqual(Object.keys(apiCandidateOutputSchema.shape));
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
