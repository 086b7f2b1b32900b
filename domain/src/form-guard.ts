/**
 * A cheap guard against form-filling bots on public forms (activity registrations on a
 * region's website, later the intake form): a honeypot field people never see, and a minimum
 * time between showing the form and sending it. Neither is proof of a person; together they
 * stop the naive bots that fill every field and post at once, without a captcha.
 */

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
