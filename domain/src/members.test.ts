import { describe, expect, it } from 'vitest';
import { applyGrant, applyRevoke, emptyAccess } from './access.js';
import { memberRegionIds, memberRoleIn } from './members.js';

const now = new Date('2026-11-01T10:00:00Z');
const nobody = emptyAccess('p@example.nl', 'P', now);

describe('memberRoleIn', () => {
  it('lists a person with no role in the region as no member', () => {
    expect(memberRoleIn(nobody, 'nijmegen')).toBeNull();
  });

  it('prefers the region role over an organisation role in the same region', () => {
    let access = applyGrant(nobody, { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-a', role: 'hr' }, now);
    access = applyGrant(access, { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now);
    expect(memberRoleIn(access, 'nijmegen')).toEqual({ role: 'adviser', organisationId: null });
  });

  it('keeps a person listed through their organisation role after their region role is revoked', () => {
    let access = applyGrant(nobody, { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now);
    access = applyGrant(access, { kind: 'organisation', regionId: 'nijmegen', organisationId: 'han', role: 'training' }, now);
    access = applyRevoke(access, { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now);
    expect(memberRoleIn(access, 'nijmegen')).toEqual({ role: 'training', organisationId: 'han' });
  });

  it('ignores organisation roles in other regions', () => {
    const access = applyGrant(nobody, { kind: 'organisation', regionId: 'brabant-oost', organisationId: 'school-b', role: 'hr' }, now);
    expect(memberRoleIn(access, 'nijmegen')).toBeNull();
    expect(memberRegionIds(access)).toEqual(['brabant-oost']);
  });
});
