import { emptyAccess, type PrivacyRequest } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { accountDisposal, candidateToErase } from './erasure-plan.js';

const requestedAt = new Date('2026-11-02T09:00:00Z');
const handledAt = new Date('2026-11-20T14:00:00Z');

function request(overrides: Partial<PrivacyRequest> = {}): PrivacyRequest {
  return { candidateId: 'sanne', kind: 'deletion', status: 'open', requestedAt, handledAt: null, handledBy: null, note: null, ...overrides };
}

const done = (overrides: Partial<PrivacyRequest> = {}) => request({ status: 'done', handledAt, handledBy: 'u-adviser', ...overrides });

describe('candidateToErase', () => {
  it('names the candidate when a deletion request goes from open to done', () => {
    expect(candidateToErase(request(), done())).toBe('sanne');
  });

  it('erases nothing for a rejected deletion request', () => {
    expect(candidateToErase(request(), done({ status: 'rejected', note: 'Wettelijke bewaarplicht' }))).toBeNull();
  });

  it('erases nothing when an export or correction request is done', () => {
    expect(candidateToErase(request({ kind: 'export' }), done({ kind: 'export' }))).toBeNull();
    expect(candidateToErase(request({ kind: 'correction' }), done({ kind: 'correction' }))).toBeNull();
  });

  it('does not ask again when the function stamps erasedAt on the handled request', () => {
    expect(candidateToErase(done(), done({ erasedAt: handledAt }))).toBeNull();
  });

  it('does not erase again for a request that already carries the stamp', () => {
    expect(candidateToErase(request({ erasedAt: handledAt }), done({ erasedAt: handledAt }))).toBeNull();
  });

  it('ignores a change it cannot read (a broken document) rather than guess', () => {
    expect(candidateToErase(request(), { ...done(), candidateId: '' })).toBeNull();
    expect(candidateToErase(null, done())).toBeNull();
  });
});

describe('accountDisposal', () => {
  const candidateOnly = { ...emptyAccess('sanne@example.nl', 'Sanne', handledAt), candidateId: 'sanne' };

  it('deletes an account that is only a candidate’s', () => {
    expect(accountDisposal(candidateOnly)).toBe('delete');
  });

  it('only unlinks an account that also holds a region role, an organisation role or admin', () => {
    expect(accountDisposal({ ...candidateOnly, regions: { nijmegen: 'adviser' }, staffRegionIds: ['nijmegen'] })).toBe('unlink');
    expect(accountDisposal({ ...candidateOnly, organisations: { klimop: { role: 'hr', regionId: 'nijmegen' } }, organisationIds: ['klimop'] })).toBe('unlink');
    expect(accountDisposal({ ...candidateOnly, admin: true })).toBe('unlink');
  });

  it('deletes an account whose access document it cannot read (no role it can see)', () => {
    expect(accountDisposal({ candidateId: 'sanne' })).toBe('delete');
  });
});
