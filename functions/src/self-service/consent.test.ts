import { candidateFixture } from '@koers/domain/testing';
import { describe, expect, it } from 'vitest';
import { consentAuditId, planConsentChange } from './consent.js';

const now = new Date('2026-12-01T10:00:00Z');
const shared = candidateFixture({ homeRegionId: 'nijmegen', regionIds: ['nijmegen', 'arnhem'] });

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { code?: string; details?: unknown }).details;
  }
  throw new Error('expected a refusal');
}

describe('planConsentChange', () => {
  it('withdrawing a region takes it out of regionIds and records the decision with its time', () => {
    const change = planConsentChange(shared, { kind: 'region', regionId: 'arnhem', given: false }, 'uid-c', now)!;
    expect(change.patch.regionIds).toEqual(['nijmegen']);
    expect(change.patch.consent.regions).toEqual({ arnhem: { given: false, at: now } });
    expect(change.patch.consent.withdrawnRegionIds).toEqual(['arnhem']);
    expect(change.entry).toEqual({
      action: 'consent',
      actor: 'uid-c',
      at: now,
      changedFields: ['consent', 'regionIds'],
      from: { regionId: 'arnhem', given: true },
      to: { regionId: 'arnhem', given: false },
    });
  });

  it('refuses the home region and regions that never had the dossier', () => {
    expect(refusal(() => planConsentChange(shared, { kind: 'region', regionId: 'nijmegen', given: false }, 'uid-c', now))).toEqual({ reason: 'home_region' });
    expect(refusal(() => planConsentChange(shared, { kind: 'region', regionId: 'tilburg', given: false }, 'uid-c', now))).toEqual({ reason: 'not_shared' });
    expect(refusal(() => planConsentChange(shared, { kind: 'region', regionId: 'tilburg', given: true }, 'uid-c', now))).toEqual({ reason: 'not_withdrawn' });
  });

  it('gives a withdrawn region back, and changes nothing for a decision already in effect', () => {
    const withdrawn = planConsentChange(shared, { kind: 'region', regionId: 'arnhem', given: false }, 'uid-c', now)!;
    const after = { ...shared, ...withdrawn.patch };
    expect(planConsentChange(after, { kind: 'region', regionId: 'arnhem', given: false }, 'uid-c', now)).toBeNull();
    const back = planConsentChange(after, { kind: 'region', regionId: 'arnhem', given: true }, 'uid-c', now)!;
    expect(back.patch.regionIds).toEqual(['nijmegen', 'arnhem']);
    expect(back.patch.consent).toMatchObject({ regions: { arnhem: { given: true, at: now } }, withdrawnRegionIds: [] });
    expect(planConsentChange(shared, { kind: 'region', regionId: 'arnhem', given: true }, 'uid-c', now)).toBeNull();
  });

  it('sets the general flags with their old and new value', () => {
    const change = planConsentChange(shared, { kind: 'retainAfterProcess', given: true }, 'uid-c', now)!;
    expect(change.patch.consent.retainAfterProcess).toBe(true);
    expect(change.patch.regionIds).toEqual(shared.regionIds);
    expect(change.entry).toMatchObject({ changedFields: ['consent'], from: { retainAfterProcess: false }, to: { retainAfterProcess: true } });
    expect(planConsentChange(shared, { kind: 'shareWithOrganisations', given: true }, 'uid-c', now)).toBeNull();
  });

  it('keys the audit entry by the write’s time, which the candidate trigger can compute', () => {
    expect(consentAuditId(now)).toBe(`consent-${now.getTime()}`);
  });
});
