// How the candidate list splits its filters between Firestore and the app. Pure; needs no emulator.
import { searchTokens, type CandidateIndexEntry } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { planCandidateList } from '../../web/src/features/candidate-list/api/candidate-list-spec.js';

const now = new Date('2026-06-01T12:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

function entry(overrides: Partial<CandidateIndexEntry> = {}): CandidateIndexEntry {
  const base: CandidateIndexEntry = {
    name: 'Jan de Vries',
    email: null,
    phone: null,
    place: 'Nijmegen',
    postcode: null,
    phase: 'orientation',
    status: 'active',
    phaseSince: daysBefore(40),
    ownerUid: 'uid-1',
    homeRegionId: 'r1',
    sectors: ['po', 'vo'],
    functions: ['teacher'],
    qualifications: [],
    subjects: ['nederlands'],
    priorEducation: null,
    source: 'website_form',
    tags: ['open-dag'],
    lastContactAt: daysBefore(5),
    updatedAt: now,
    searchTokens: [],
  };
  const merged = { ...base, ...overrides };
  return { ...merged, searchTokens: searchTokens([merged.name, merged.place]) };
}

describe('planCandidateList', () => {
  it('looks the first search word up on the server and checks further words in the app', () => {
    const plan = planCandidateList('r1', { q: 'Jan Vri' });
    expect(plan.spec.filters).toEqual([{ field: 'searchTokens', op: 'array-contains', value: 'jan' }]);
    expect(plan.matches(entry(), now)).toBe(true);
    expect(plan.matches(entry({ name: 'Jan Jansen' }), now)).toBe(false);
  });

  it('queries a phase column as active status plus phase, and an outcome column as status', () => {
    expect(planCandidateList('r1', { column: 'decision' }).spec.filters).toEqual([
      { field: 'status', op: '==', value: 'active' },
      { field: 'phase', op: '==', value: 'decision' },
    ]);
    expect(planCandidateList('r1', { column: 'paused' }).spec.filters).toEqual([{ field: 'status', op: '==', value: 'paused' }]);
  });

  it('runs one array filter on the server and checks the others in the app', () => {
    const plan = planCandidateList('r1', { sectors: 'po', subjects: 'informatica' });
    expect(plan.spec.filters).toEqual([{ field: 'sectors', op: 'array-contains', value: 'po' }]);
    expect(plan.matches(entry(), now)).toBe(false);
    expect(plan.matches(entry({ subjects: ['informatica'] }), now)).toBe(true);
  });

  it('counts never-contacted candidates as out of contact for "older than N days"', () => {
    const plan = planCandidateList('r1', { olderThan: 30 });
    expect(plan.matches(entry({ lastContactAt: null }), now)).toBe(true);
    expect(plan.matches(entry({ lastContactAt: daysBefore(31) }), now)).toBe(true);
    expect(plan.matches(entry({ lastContactAt: daysBefore(29) }), now)).toBe(false);
  });

  it('shows only candidates from another home region when "shared with my region" is on', () => {
    const plan = planCandidateList('r1', { shared: '1' });
    expect(plan.matches(entry({ homeRegionId: 'r2' }), now)).toBe(true);
    expect(plan.matches(entry(), now)).toBe(false);
  });

  it('sorts by the chosen field, name by default', () => {
    expect(planCandidateList('r1', {}).spec.orderBy).toEqual([{ field: 'name', dir: 'asc' }]);
    expect(planCandidateList('r1', { sort: 'phaseDays' }).spec.orderBy).toEqual([{ field: 'phaseSince', dir: 'asc' }]);
  });
});
