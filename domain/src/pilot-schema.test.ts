import { describe, expect, it } from 'vitest';
import { customFieldProblems, pilotSchemaFor } from './pilot-schema.js';
import type { CustomFieldDefinition } from './schemas/region.js';

const definitions: CustomFieldDefinition[] = [
  { name: 'hoe_gevonden', label: 'Hoe gevonden?', type: 'choice', options: ['Website', 'Via via'], required: false },
  { name: 'uren', label: 'Uren per week', type: 'number', required: true },
  { name: 'talen', label: 'Talen', type: 'string_list', required: false },
];

describe('pilotSchemaFor', () => {
  it("lists the region's custom fields in the pilot's field shape", () => {
    expect(pilotSchemaFor(definitions).customFields).toEqual([
      { fieldName: 'hoe_gevonden', fieldType: 'string', required: false, options: ['Website', 'Via via'], fieldDescription: 'Hoe gevonden?' },
      { fieldName: 'uren', fieldType: 'number', required: true, fieldDescription: 'Uren per week' },
      { fieldName: 'talen', fieldType: 'array', required: false, fieldDescription: 'Talen' },
    ]);
  });

  it('marks exactly naam, email and privacy_consent as required', () => {
    const required = pilotSchemaFor([]).candidateFields.filter((field) => field.required).map((field) => field.fieldName);
    expect(required).toEqual(['naam', 'email', 'privacy_consent']);
  });
});

describe('customFieldProblems', () => {
  it('accepts values that fit their definitions', () => {
    const sent = [
      { field_name: 'hoe_gevonden', field_value: 'Website' },
      { field_name: 'uren', field_value: 24 },
      { field_name: 'talen', field_value: ['Engels', 'Frans'] },
    ];
    expect(customFieldProblems(definitions, sent)).toEqual([]);
  });

  it('names unknown fields, values of the wrong type and options outside a choice', () => {
    const sent = [
      { field_name: 'schoenmaat', field_value: 42 },
      { field_name: 'uren', field_value: '24' },
      { field_name: 'hoe_gevonden', field_value: 'Krant' },
    ];
    expect(customFieldProblems(definitions, sent).map((problem) => [problem.field, problem.code])).toEqual([
      ['custom_fields.0.field_name', 'unknown_custom_field'],
      ['custom_fields.1.field_value', 'invalid_custom_field'],
      ['custom_fields.2.field_value', 'invalid_custom_field'],
    ]);
  });

  it('asks for required fields only when creating', () => {
    expect(customFieldProblems(definitions, [], { creating: true }).map((problem) => problem.code)).toEqual(['missing_custom_field']);
    expect(customFieldProblems(definitions, [], { creating: false })).toEqual([]);
  });
});
