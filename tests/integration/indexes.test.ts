// Every Firestore query the web app makes has its composite index in firestore.indexes.json.
// The queries come from the same plain descriptions (QuerySpec) the web code builds them
// from, so a new filter or sort without its index fails here. Needs no emulator.
import { readFileSync } from 'node:fs';
import { arrayFilterFields, candidateSorts, planCandidateList, type CandidateListFilters } from '../../web/src/features/candidate-list/api/candidate-list-spec.js';
import { savedViewSpecs } from '../../web/src/features/candidate-list/api/saved-view-specs.js';
import { myCandidatesSpec, outOfSightSpecs } from '../../web/src/features/candidates/api/my-candidates-spec.js';
import { recentStartsSpec } from '../../web/src/features/region/api/recent-starts-spec.js';
import { duplicateLookupSpecs } from '../../web/src/features/candidate-create/api/duplicate-lookup-spec.js';
import { organisationCandidatesSpec } from '../../web/src/features/network/api/organisation-candidates-spec.js';
import { activityListSpec, activityPeriods, type ActivityListFilters } from '../../web/src/features/activities/api/activity-list-spec.js';
import { candidateThreadsSpec, messagesSpec, myThreadsSpec } from '../../web/src/features/messaging/api/thread-specs.js';
import { indexRequirement, indexServes, indexesUsedBy, type CompositeIndex, type QuerySpec } from '@koers/domain';
import { describe, expect, it } from 'vitest';

const declared = (JSON.parse(readFileSync(new URL('../../firestore.indexes.json', import.meta.url), 'utf8')) as { indexes: CompositeIndex[] }).indexes;

/** /activiteiten: every combination of kind and published filter, upcoming and past. */
function activityListFilterSets(): ActivityListFilters[] {
  const kinds = [undefined, 'webinar'] as const;
  const published = [undefined, 'published', 'draft'] as const;
  return activityPeriods.flatMap((period) => kinds.flatMap((kind) => published.map((state) => ({ period, kind, published: state }))));
}

/** The candidate list's filter combinations: each filter alone, with search, and all at once, under every sort. */
function candidateListFilterSets(): CandidateListFilters[] {
  const singles: CandidateListFilters[] = [
    {},
    { q: 'jan' },
    { column: 'orientation' },
    { column: 'exited' },
    { owner: 'uid-1' },
    { source: 'website_form' },
    { priorEducation: 'vmbo_tl' },
    { sectors: 'po' },
    { functions: 'teacher' },
    { qualifications: 'second_degree' },
    { subjects: 'nederlands' },
    { tags: 'zij-instroom' },
    { olderThan: 30 },
    { shared: '1' },
  ];
  const everything: CandidateListFilters = {
    column: 'matching',
    owner: 'uid-1',
    source: 'api',
    priorEducation: 'none',
    sectors: 'vo',
    subjects: 'informatica',
    tags: 't',
    olderThan: 10,
    shared: '1',
  };
  const sets = [...singles, ...singles.map((filters) => ({ ...filters, q: 'de' })), everything, { ...everything, q: 'ab' }];
  return sets.flatMap((filters) => candidateSorts.map((sort) => ({ ...filters, sort })));
}

const queries: Array<{ name: string; spec: QuerySpec }> = [
  ...candidateListFilterSets().map((filters) => ({ name: `/kandidaten ${JSON.stringify(filters)}`, spec: planCandidateList('r1', filters).spec })),
  ...savedViewSpecs('uid-1').map((spec, index) => ({ name: `saved views ${index}`, spec })),
  { name: '/start my candidates', spec: myCandidatesSpec('uid-1') },
  { name: '/regio milestones', spec: recentStartsSpec() },
  { name: '/netwerk/organisaties/:id linked candidates', spec: organisationCandidatesSpec('nij-school') },
  ...outOfSightSpecs('uid-1', new Date()).map((spec, index) => ({ name: `/start out of sight count ${index}`, spec })),
  ...duplicateLookupSpecs(['anna@example.n', '0612345678', '+31612345678', 'anna']).map((spec, index) => ({ name: `/kandidaten/nieuw duplicate lookup, disjunct ${index}`, spec })),
  ...activityListFilterSets().map((filters) => ({ name: `/activiteiten ${JSON.stringify(filters)}`, spec: activityListSpec(filters, new Date()) })),
  { name: '/berichten my threads', spec: myThreadsSpec('uid-1', 'staff') },
  { name: '/mijn/berichten my threads (candidate)', spec: myThreadsSpec('uid-1', 'candidate') },
  { name: 'dossier threads about the candidate', spec: candidateThreadsSpec('uid-1', 'cand-1') },
  { name: 'thread messages from my visibleFrom', spec: messagesSpec(new Date()) },
];

describe('firestore.indexes.json', () => {
  it.each(queries)('has the index for $name', ({ spec }) => {
    expect(indexesUsedBy(spec, declared), JSON.stringify(indexRequirement(spec))).not.toBeNull();
  });

  it('checks array filters on the server one at a time (Firestore allows one array-contains)', () => {
    for (const filters of candidateListFilterSets()) {
      const arrays = planCandidateList('r1', filters).spec.filters.filter((filter) => filter.op === 'array-contains');
      expect(arrays.length).toBeLessThanOrEqual(1);
    }
    expect(arrayFilterFields.length).toBeGreaterThan(1);
  });

  it('misses a query once the indexes that could serve it are removed', () => {
    const needing = queries.filter(({ spec }) => indexRequirement(spec) !== null);
    expect(needing.length).toBeGreaterThan(10);
    for (const { name, spec } of needing) {
      const requirement = indexRequirement(spec);
      if (!requirement) continue;
      const equalityCount = spec.filters.filter((filter) => ['==', 'in', 'array-contains', 'array-contains-any'].includes(filter.op)).length;
      const serves = (index: CompositeIndex) =>
        indexServes(index, requirement.exact, equalityCount) || (requirement.merged ?? []).some((part) => indexServes(index, part, 1));
      const without = declared.filter((index) => !serves(index));
      expect(without.length, name).toBeLessThan(declared.length);
      expect(indexesUsedBy(spec, without), name).toBeNull();
    }
  });
});
