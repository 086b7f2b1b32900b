import { describe, expect, test } from 'vitest';
import { applyGrant, applyRevoke, checkGrant, emptyAccess, rolesOf, startPathFor } from './access.js';

const now = new Date('2026-11-01T10:00:00Z');
const blank = () => emptyAccess('person@example.nl', 'Person', now);

describe('granting roles', () => {
  test('a region role derives staff regions only for coordinators and advisers', () => {
    let access = applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now);
    access = applyGrant(access, { kind: 'region', regionId: 'brabant-oost', role: 'director' }, now);
    expect(access.regions).toEqual({ nijmegen: 'adviser', 'brabant-oost': 'director' });
    expect(access.staffRegionIds).toEqual(['nijmegen']);
  });

  test('an organisation role is kept with its region and listed in organisationIds', () => {
    const access = applyGrant(blank(), { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-1', role: 'hr' }, now);
    expect(access.organisations).toEqual({ 'school-1': { role: 'hr', regionId: 'nijmegen' } });
    expect(access.organisationIds).toEqual(['school-1']);
    expect(access.staffRegionIds).toEqual([]);
  });

  test('revoking removes only the role that was granted', () => {
    const granted = applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'coordinator' }, now);
    const wrongRole = applyRevoke(granted, { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now);
    expect(wrongRole.regions).toEqual({ nijmegen: 'coordinator' });
    const revoked = applyRevoke(granted, { kind: 'region', regionId: 'nijmegen', role: 'coordinator' }, now);
    expect(revoked.regions).toEqual({});
    expect(revoked.staffRegionIds).toEqual([]);
  });

  test('an organisation role is revoked only through the region it was granted in', () => {
    const granted = applyGrant(blank(), { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-1', role: 'hr' }, now);
    const elsewhere = applyRevoke(granted, { kind: 'organisation', regionId: 'brabant-oost', organisationId: 'school-1', role: 'hr' }, now);
    expect(elsewhere.organisationIds).toEqual(['school-1']);
    const revoked = applyRevoke(granted, { kind: 'organisation', regionId: 'nijmegen', organisationId: 'school-1', role: 'hr' }, now);
    expect(revoked.organisationIds).toEqual([]);
  });

  test('granting does not mutate the original access', () => {
    const original = blank();
    applyGrant(original, { kind: 'admin' }, now);
    expect(original.admin).toBe(false);
  });
});

describe('who may grant', () => {
  const coordinator = applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'coordinator' }, now);
  const admin = applyGrant(blank(), { kind: 'admin' }, now);
  const adviser = applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now);

  test('nobody grants themselves anything, not even an admin', () => {
    expect(checkGrant('a', admin, 'a', { kind: 'region', regionId: 'nijmegen', role: 'adviser' })).toBe('self');
  });

  test('a coordinator grants roles in their own region only', () => {
    expect(checkGrant('c', coordinator, 't', { kind: 'region', regionId: 'nijmegen', role: 'adviser' })).toBeNull();
    expect(checkGrant('c', coordinator, 't', { kind: 'region', regionId: 'brabant-oost', role: 'adviser' })).toBe('not_allowed');
    expect(
      checkGrant('c', coordinator, 't', { kind: 'organisation', regionId: 'nijmegen', organisationId: 'o', role: 'hr' }),
    ).toBeNull();
  });

  test('a coordinator cannot make anyone an admin', () => {
    expect(checkGrant('c', coordinator, 't', { kind: 'admin' })).toBe('not_allowed');
  });

  test('an adviser or an unknown caller grants nothing', () => {
    expect(checkGrant('a', adviser, 't', { kind: 'region', regionId: 'nijmegen', role: 'adviser' })).toBe('not_allowed');
    expect(checkGrant('x', null, 't', { kind: 'region', regionId: 'nijmegen', role: 'adviser' })).toBe('not_allowed');
  });

  test('an admin grants anything to someone else', () => {
    expect(checkGrant('a', admin, 't', { kind: 'admin' })).toBeNull();
  });
});

describe('start pages', () => {
  test('each role lands on its own start page', () => {
    expect(startPathFor(applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'adviser' }, now))).toBe('/start');
    expect(startPathFor(applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'director' }, now))).toBe('/dashboard');
    expect(
      startPathFor(applyGrant(blank(), { kind: 'organisation', regionId: 'nijmegen', organisationId: 'o', role: 'training' }, now)),
    ).toBe('/organisatie');
    expect(startPathFor({ ...blank(), candidateId: 'c1' })).toBe('/mijn');
    expect(startPathFor(blank())).toBe('/geen-toegang');
    expect(startPathFor(null)).toBe('/geen-toegang');
  });

  test('with several roles the most powerful decides, and all roles are listed', () => {
    let access = applyGrant(blank(), { kind: 'region', regionId: 'nijmegen', role: 'director' }, now);
    access = applyGrant(access, { kind: 'region', regionId: 'brabant-oost', role: 'coordinator' }, now);
    expect(rolesOf(access)).toEqual(['coordinator', 'director']);
    expect(startPathFor(access)).toBe('/regio');
  });
});
