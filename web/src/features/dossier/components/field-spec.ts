import type { z } from 'zod';

export interface Option {
  value: string;
  label: string;
}

/** How a dossier field is edited and shown. */
export type FieldInput =
  | { type: 'text'; inputType?: 'email' | 'tel' | 'url' | 'date' }
  | { type: 'textarea' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'select'; options: readonly Option[] }
  | { type: 'multi'; options: readonly Option[] }
  | { type: 'tags' };

export interface FieldSpec {
  /** A top-level candidate field or a dotted path (`customFields.<name>`). */
  field: string;
  label: string;
  input: FieldInput;
  /** Validates the value about to be written (null means "empty"). */
  schema: z.ZodType;
  /** May not be emptied. */
  required?: boolean;
}

/** What the input holds while editing. */
export type Draft = string | string[] | boolean;

export function toDraft(input: FieldInput, value: unknown): Draft {
  switch (input.type) {
    case 'boolean':
      return value === true;
    case 'multi':
    case 'tags':
      return Array.isArray(value) ? value.map(String) : [];
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The value to write; empty text becomes null. */
export function fromDraft(input: FieldInput, draft: Draft): unknown {
  if (typeof draft === 'boolean' || Array.isArray(draft)) return draft;
  const text = draft.trim();
  if (!text) return null;
  if (input.type === 'number') {
    const number = Number(text.replace(',', '.'));
    return Number.isFinite(number) ? number : text;
  }
  return text;
}
