/**
 * A cheap guard against form-filling bots on public forms (activity registrations and the
 * contact form on a region's website): a honeypot field people never see, and a minimum
 * time between showing the form and sending it. Neither is proof of a person; together they
 * stop the naive bots that fill every field and post at once, without a captcha.
 */
import { z } from 'zod';
import { emailSchema, phoneSchema } from './schemas/common.js';

/** People need more than this to read and fill even a short form; autofill plus a click is ~2 s. */
export const defaultMinimumFillTimeMs = 2_000;

export interface FormGuardInput {
  /** The honeypot field's value: empty unless something filled every field it found. */
  honeypot: string | null | undefined;
  /** Milliseconds between showing the form and sending it, as measured by the page. */
  elapsedMs: number;
}

export type FormGuardReason = 'honeypot' | 'too_fast';

export type FormGuardVerdict = { accepted: true } | { accepted: false; reason: FormGuardReason };

export function formGuardVerdict(input: FormGuardInput, minimumFillTimeMs = defaultMinimumFillTimeMs): FormGuardVerdict {
  if (input.honeypot && input.honeypot.trim() !== '') return { accepted: false, reason: 'honeypot' };
  if (!Number.isFinite(input.elapsedMs) || input.elapsedMs < minimumFillTimeMs) return { accepted: false, reason: 'too_fast' };
  return { accepted: true };
}

/** Field name of the honeypot: a plausible name, so bots fill it. */
export const honeypotField = 'website';

/**
 * The guard's fields in a public form's body: `website` (the honeypot, must stay empty) and
 * `elapsedMs` (how long the form was shown). Checked by `formGuardVerdict`, not by the schema,
 * so a bot gets no field-level hint.
 */
export const formGuardFields = {
  [honeypotField]: z.string().max(2_000).optional(),
  elapsedMs: z.number().int().min(0),
};

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** An e-mail address as a visitor types it: surrounding spaces are not a mistake worth a 400. */
export const formEmailSchema = z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), emailSchema);

/** An optional phone number: an empty field means none. */
export const formPhoneSchema = z.preprocess(emptyToNull, phoneSchema.nullable()).optional();

/** An optional free-text field of at most `max` characters: an empty field means none. */
export const formOptionalText = (max: number) => z.preprocess(emptyToNull, z.string().trim().max(max).nullable()).optional();
