import { describe, expect, it } from 'vitest';
import { defaultMinimumFillTimeMs, formGuardVerdict } from './form-guard.js';

describe('formGuardVerdict', () => {
  it('accepts an empty honeypot and a form that took a person long enough', () => {
    expect(formGuardVerdict({ honeypot: '', elapsedMs: 8_000 })).toEqual({ accepted: true });
    expect(formGuardVerdict({ honeypot: undefined, elapsedMs: defaultMinimumFillTimeMs })).toEqual({ accepted: true });
  });

  it('refuses a filled honeypot, however slow the form was', () => {
    expect(formGuardVerdict({ honeypot: 'https://spam.example', elapsedMs: 60_000 })).toEqual({ accepted: false, reason: 'honeypot' });
  });

  it('treats a honeypot of only spaces as empty', () => {
    expect(formGuardVerdict({ honeypot: '   ', elapsedMs: 5_000 })).toEqual({ accepted: true });
  });

  it('refuses a form sent faster than the minimum fill time, or with a nonsense time', () => {
    expect(formGuardVerdict({ honeypot: '', elapsedMs: defaultMinimumFillTimeMs - 1 })).toEqual({ accepted: false, reason: 'too_fast' });
    expect(formGuardVerdict({ honeypot: '', elapsedMs: Number.NaN })).toEqual({ accepted: false, reason: 'too_fast' });
  });

  it('takes a custom minimum fill time', () => {
    expect(formGuardVerdict({ honeypot: '', elapsedMs: 4_000 }, 5_000)).toEqual({ accepted: false, reason: 'too_fast' });
  });
});
