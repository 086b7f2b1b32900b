// The pilot API's `GET /v1/schema`: the fields `create-user` accepts for a region, in the
// pilot's own shape (fieldName, fieldType, required, options, fieldDescription), and the check
// of `custom_fields` against the region's definitions.
import { pilotFunction, pilotInteractionKind, pilotPhaseValues, pilotPriorEducation, pilotQualification, pilotSector } from './pilot.js';
import type { CustomFieldDefinition } from './schemas/region.js';

export interface PilotSchemaField {
  fieldName: string;
  fieldType: 'string' | 'array' | 'boolean' | 'number' | 'date' | 'object';
  required: boolean;
  options?: string[];
  fieldDescription: string;
}

export interface PilotSchema {
  candidateFields: PilotSchemaField[];
  interactionFields: PilotSchemaField[];
  customFields: PilotSchemaField[];
}

const text = (fieldName: string, fieldDescription: string, required = false): PilotSchemaField => ({ fieldName, fieldType: 'string', required, fieldDescription });
const list = (fieldName: string, options: string[], fieldDescription: string): PilotSchemaField => ({ fieldName, fieldType: 'array', required: false, options, fieldDescription });

export const pilotCandidateFields: PilotSchemaField[] = [
  text('naam', 'Volledige naam van de kandidaat', true),
  text('email', 'E-mailadres; bestaat het al in de regio, dan wordt die kandidaat bijgewerkt', true),
  { fieldName: 'privacy_consent', fieldType: 'boolean', required: true, fieldDescription: 'Toestemming voor het verwerken van de gegevens; moet true zijn' },
  text('telefoon', 'Telefoonnummer'),
  text('linkedin', 'LinkedIn-profiel (URL)'),
  { fieldName: 'geboortedatum', fieldType: 'date', required: false, fieldDescription: 'Geboortedatum, 2026-03-01 of 01-03-2026' },
  text('motivatie', 'Motivatie voor het onderwijs'),
  text('adres', 'Straat en huisnummer'),
  text('plaats', 'Woonplaats; bepaalt de gemeente en zo de regio'),
  text('postcode', 'Postcode, 1234 AB'),
  text('notities', 'Notities'),
  text('reden_van_uitstroom', 'Reden van uitstroom'),
  { fieldName: 'fase', fieldType: 'string', required: false, options: [...pilotPhaseValues], fieldDescription: 'Fase in de reis' },
  list('sector', Object.values(pilotSector), 'Sectoren van interesse'),
  list('functie', Object.values(pilotFunction), 'Functies van interesse'),
  list('kwalificatie', Object.values(pilotQualification), 'Kwalificaties'),
  { fieldName: 'vooropleiding', fieldType: 'string', required: false, options: Object.values(pilotPriorEducation), fieldDescription: 'Hoogst afgeronde vooropleiding' },
  { fieldName: 'custom_fields', fieldType: 'array', required: false, fieldDescription: 'Velden van de regio: [{ field_name, field_value }]' },
  { fieldName: 'interacties', fieldType: 'array', required: false, fieldDescription: 'Contactmomenten, zie interactionFields' },
];

export const pilotInteractionFields: PilotSchemaField[] = [
  text('naam', 'Titel van het contactmoment'),
  list('soort', Object.values(pilotInteractionKind), 'Soort contact'),
  text('samenvatting', 'Samenvatting'),
  text('notities', 'Notities'),
  text('uitgevoerd_door', 'Naam van wie het contact had'),
  { fieldName: 'uitgevoerd_op', fieldType: 'date', required: false, fieldDescription: 'Datum van het contact' },
  text('aangemaakt_door', 'Naam van wie het vastlegde'),
  { fieldName: 'aangemaakt_op', fieldType: 'date', required: false, fieldDescription: 'Datum van vastleggen' },
  text('duur', 'Duur in minuten'),
];

const customFieldType: Record<CustomFieldDefinition['type'], PilotSchemaField['fieldType']> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  string_list: 'array',
  choice: 'string',
};

export function pilotSchemaFor(customFields: readonly CustomFieldDefinition[]): PilotSchema {
  return {
    candidateFields: pilotCandidateFields,
    interactionFields: pilotInteractionFields,
    customFields: customFields.map((field) => ({
      fieldName: field.name,
      fieldType: customFieldType[field.type],
      required: field.required,
      ...(field.options ? { options: field.options } : {}),
      fieldDescription: field.label,
    })),
  };
}

export interface CustomFieldProblem {
  field: string;
  code: 'unknown_custom_field' | 'invalid_custom_field' | 'missing_custom_field';
  message: string;
}

function fits(definition: CustomFieldDefinition, value: unknown): boolean {
  switch (definition.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string_list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'choice':
      return typeof value === 'string' && (definition.options ?? []).includes(value);
  }
}

/**
 * Problems of sent custom fields against the region's definitions: unknown names, values of the
 * wrong type or outside a choice's options, and (when creating) required fields left out.
 * `field` names the place in the body, e.g. `custom_fields.0.field_value`.
 */
export function customFieldProblems(
  definitions: readonly CustomFieldDefinition[],
  sent: ReadonlyArray<{ field_name: string; field_value: unknown }>,
  options: { creating: boolean; path?: string } = { creating: true },
): CustomFieldProblem[] {
  const path = options.path ?? 'custom_fields';
  const problems: CustomFieldProblem[] = [];
  sent.forEach((item, index) => {
    const definition = definitions.find((candidate) => candidate.name === item.field_name);
    if (!definition) {
      problems.push({ field: `${path}.${index}.field_name`, code: 'unknown_custom_field', message: `"${item.field_name}" is not a field of this region (see /schema)` });
    } else if (!fits(definition, item.field_value)) {
      const expected = definition.type === 'choice' ? `one of: ${(definition.options ?? []).join(', ')}` : definition.type;
      problems.push({ field: `${path}.${index}.field_value`, code: 'invalid_custom_field', message: `${item.field_name}: expected ${expected}` });
    }
  });
  if (options.creating) {
    for (const definition of definitions) {
      if (definition.required && !sent.some((item) => item.field_name === definition.name)) {
        problems.push({ field: path, code: 'missing_custom_field', message: `${definition.name} is required in this region` });
      }
    }
  }
  return problems;
}
