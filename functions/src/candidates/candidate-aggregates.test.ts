import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { candidateChangeOf } from './candidate-aggregates.js';

const commit = new Date('2026-11-20T10:00:00Z');
const createdAt = new Date('2026-11-01T09:00:00Z');
const data = { phase: 'orientation', status: 'active', exitReason: null, createdAt: Timestamp.fromDate(createdAt), name: 'X' };

describe('candidateChangeOf', () => {
  it('dates a creation at the dossier\'s createdAt, so its journey starts when the dossier did', () => {
    expect(candidateChangeOf(null, data, commit, ['r'])).toEqual({ knownRegionIds: ['r'], state: { phase: 'orientation', status: 'active', exitReason: null }, at: createdAt, baseline: [] });
  });

  it('dates an update at its commit time', () => {
    expect(candidateChangeOf(data, { ...data, status: 'exited', exitReason: 'financial' }, commit, []).at).toEqual(commit);
    expect(candidateChangeOf(data, { ...data, status: 'exited', exitReason: 'financial' }, commit, []).state).toEqual({ phase: 'orientation', status: 'exited', exitReason: 'financial' });
  });

  it('takes the journey the write found from the before data, rebuilt when it has none', () => {
    const before = { ...data, phaseSince: Timestamp.fromDate(createdAt) };
    expect(candidateChangeOf(before, { ...data, phase: 'decision' }, commit, []).baseline).toEqual([{ phase: 'orientation', status: 'active', exitReason: null, at: createdAt }]);
    const journey = [{ phase: 'interest', status: 'active', exitReason: null, at: Timestamp.fromDate(createdAt) }];
    expect(candidateChangeOf({ ...before, journey }, data, commit, []).baseline).toEqual([{ phase: 'interest', status: 'active', exitReason: null, at: createdAt }]);
    expect(candidateChangeOf({ phase: 'x' }, data, commit, []).baseline).toBeNull();
  });

  it('has no state for a deletion or for data that is not a journey state', () => {
    expect(candidateChangeOf(data, null, commit, []).state).toBeNull();
    expect(candidateChangeOf(data, { ...data, phase: 'nonsense' }, commit, []).state).toBeNull();
  });
});
