// How the candidate list splits its filters between Firestore and the app. Pure; needs no emulator.
import { searchKeyMap, type CandidateIndexEntry } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { orderLoadedRows, planCandidateList } from '../../web/src/features/candidate-list/api/candidate-list-spec.js';

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
    organisationIds: [],
    lastContactAt: daysBefore(5),
    updatedAt: now,
    searchKeys: {},
  };
  const merged = { ...base, ...overrides };
  return { ...merged, searchKeys: searchKeyMap([merged.name, merged.place]) };
}

describe('planCandidateList', () => {
  it('looks the first search word up on the server and checks further words in the app', () => {
    const plan = planCandidateList('r1', { q: 'Jan Vri' });
    expect(plan.spec.filters).toEqual([{ field: 'searchKeys.jan', op: '==', value: true }]);
    expect(plan.matches(entry(), now)).toBe(true);
    expect(plan.matches(entry({ name: 'Jan Jansen' }), now)).toBe(false);
  });

  it('leaves a search unsorted on the server and sorts the loaded rows in the app', () => {
    expect(planCandidateList('r1', { q: 'jan' }).spec.orderBy).toEqual([]);
    expect(planCandidateList('r1', {}).spec.orderBy).toEqual([{ field: 'name', dir: 'asc' }]);
    const rows = [entry({ name: 'Jan Zijlstra', lastContactAt: daysBefore(1) }), entry({ name: 'Jan Aalders', lastContactAt: daysBefore(9) })];
    expect(orderLoadedRows(rows, { q: 'jan' }).map((row) => row.name)).toEqual(['Jan Aalders', 'Jan Zijlstra']);
    expect(orderLoadedRows(rows, { q: 'jan', sort: 'lastContact' }).map((row) => row.name)).toEqual(['Jan Aalders', 'Jan Zijlstra']);
    expect(orderLoadedRows([...rows].reverse(), { q: 'jan', sort: 'lastContact' }).map((row) => row.name)).toEqual(['Jan Aalders', 'Jan Zijlstra']);
    // Without a search, Firestore's order stands.
    expect(orderLoadedRows(rows, {}).map((row) => row.name)).toEqual(['Jan Zijlstra', 'Jan Aalders']);
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
