import { describe, expect, it } from 'vitest';
import { claimDecision, devDeliveryEnabled, finishedDelivery, processingDelivery, resolveRecipients } from './dev-delivery.js';

const now = new Date('2026-12-01T08:00:00Z');

describe('dev mail delivery', () => {
  it('acts with MAIL_DELIVERY=dev-mailbox, or on the emulator when unset; never where the extension delivers', () => {
    expect(devDeliveryEnabled({ MAIL_DELIVERY: 'dev-mailbox' })).toBe(true);
    expect(devDeliveryEnabled({ FUNCTIONS_EMULATOR: 'true' })).toBe(true);
    expect(devDeliveryEnabled({ MAIL_DELIVERY: 'extension', FUNCTIONS_EMULATOR: 'true' })).toBe(false);
    expect(devDeliveryEnabled({})).toBe(false);
  });

  it('claims a new or PENDING mail, counting the attempt', () => {
    expect(claimDecision(undefined, now)).toEqual({ claim: true, attempts: 1 });
    expect(claimDecision({ state: 'PENDING', attempts: 0 }, now)).toEqual({ claim: true, attempts: 1 });
  });

  it('leaves a mail being processed alone until its lease expires', () => {
    const running = processingDelivery(1, now);
    expect(running).toMatchObject({ state: 'PROCESSING', attempts: 1, leaseExpireTime: new Date('2026-12-01T08:01:00Z') });
    expect(claimDecision(running, new Date('2026-12-01T08:00:30Z'))).toEqual({ claim: false, reason: 'in_progress' });
    expect(claimDecision(running, new Date('2026-12-01T08:01:01Z'))).toEqual({ claim: true, attempts: 2 });
  });

  it('never touches a delivered or failed mail again', () => {
    expect(claimDecision({ state: 'SUCCESS', attempts: 1 }, now)).toEqual({ claim: false, reason: 'done' });
    expect(claimDecision({ state: 'ERROR', attempts: 1 }, now)).toEqual({ claim: false, reason: 'done' });
  });

  it('resolves toUids to their addresses next to plain addresses, without duplicates', () => {
    const emails = new Map([['u1', 'eva@example.nl'], ['u2', 'bram@example.nl']]);
    expect(resolveRecipients({ to: ['eva@example.nl'], toUids: ['u1', 'u2'] }, emails)).toEqual({ addresses: ['eva@example.nl', 'bram@example.nl'], error: null });
  });

  it('fails a mail with a recipient without account or address, naming the uid only', () => {
    const resolution = resolveRecipients({ toUids: ['u1', 'gone'] }, new Map([['u1', 'eva@example.nl'], ['gone', null]]));
    expect(resolution.error).toBe('no e-mail address for recipient uid(s): gone');
    expect(resolution.error).not.toContain('eva@');
  });

  it('ends in SUCCESS with the accepted addresses, or ERROR with the reason', () => {
    const claimed = processingDelivery(1, now);
    const end = new Date('2026-12-01T08:00:01Z');
    expect(finishedDelivery(claimed, { addresses: ['eva@example.nl'], error: null }, end)).toMatchObject({
      state: 'SUCCESS',
      attempts: 1,
      error: null,
      endTime: end,
      leaseExpireTime: null,
      info: { accepted: ['eva@example.nl'], rejected: [] },
    });
    expect(finishedDelivery(claimed, { addresses: [], error: 'no e-mail address for recipient uid(s): x' }, end)).toMatchObject({ state: 'ERROR', error: expect.stringContaining('x'), info: null });
  });
});
