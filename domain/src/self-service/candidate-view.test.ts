import { describe, expect, it } from 'vitest';
import type { Interaction } from '../schemas/candidate.js';
import type { Match } from '../schemas/matching.js';
import type { Organisation } from '../schemas/network.js';
import { candidateViewSchema } from '../schemas/self-service.js';
import { candidateFixture, interactionFixture, matchFixture } from '../testing/candidate-fixture.js';
import { buildCandidateView, organisationKey, viewContactLimit, type CandidateViewSources } from './candidate-view.js';

const now = new Date('2026-12-01T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

// The shared fixtures, dated relative to this test's clock.
const match = (overrides: Partial<Match> = {}) => matchFixture({ createdAt: hoursAgo(48), ...overrides });
const interaction = (overrides: Partial<Interaction> = {}) => interactionFixture({ performedAt: hoursAgo(2), ...overrides });

const organisation: Organisation = {
  type: 'school',
  name: 'Basisschool De Klimop',
  sectors: ['po'],
  address: null,
  postcode: null,
  place: 'Wijchen',
  brin: null,
  boardId: null,
  website: 'https://klimop.example.nl',
};

function sources(overrides: Partial<CandidateViewSources> = {}): CandidateViewSources {
  return {
    candidate: candidateFixture({
      email: 'anna@example.nl',
      ownerUid: 'adviser-1',
      notes: 'Interne notitie',
      tags: ['vip'],
      bottlenecks: ['Financiering'],
      customFields: { intern: 'geheim' },
      regionIds: ['nijmegen', 'arnhem'],
      homeRegionId: 'nijmegen',
      journey: [{ phase: 'interest', status: 'active', exitReason: null, at: hoursAgo(100) }],
    }),
    adviser: { name: 'Thomas', email: 'thomas@nijmegen.example.nl', regionId: 'nijmegen', regionName: 'Regioloket Nijmegen' },
    matches: [],
    organisations: new Map(),
    interactions: [],
    now,
    ...overrides,
  };
}

describe('buildCandidateView', () => {
  it('is a valid view with the profile, and never the notes, owner, phase history, tags or custom fields', () => {
    const view = buildCandidateView(sources());
    expect(candidateViewSchema.parse(view)).toEqual(view);
    expect(view).toMatchObject({ name: 'Anna de Vries', email: 'anna@example.nl', phase: 'interest', regionIds: ['nijmegen', 'arnhem'], syncedAt: now });
    for (const field of ['notes', 'ownerUid', 'journey', 'tags', 'bottlenecks', 'customFields', 'authUid', 'source']) expect(view).not.toHaveProperty(field);
    expect(JSON.stringify(view)).not.toMatch(/Interne notitie|geheim|Financiering/);
  });

  it("uses the dossier's updatedAt as the version", () => {
    const updatedAt = hoursAgo(5);
    const base = sources();
    expect(buildCandidateView({ ...base, candidate: { ...base.candidate, updatedAt } }).version).toEqual(updatedAt);
  });

  it('names the adviser as the first helper, or none when the dossier has no owner in the directory', () => {
    expect(buildCandidateView(sources()).helpers).toEqual([
      { kind: 'adviser', name: 'Thomas', organisation: 'Regioloket Nijmegen', regionId: 'nijmegen', email: 'thomas@nijmegen.example.nl', phone: null, website: null, place: null },
    ]);
    expect(buildCandidateView(sources({ adviser: null })).helpers).toEqual([]);
  });

  it('shows matches in candidate-friendly terms (no score, reasons or notes), newest first, only of the dossier’s regions', () => {
    const view = buildCandidateView(
      sources({
        matches: [
          { id: 'm-old', regionId: 'nijmegen', match: match({ updatedAt: hoursAgo(30) }) },
          { id: 'm-new', regionId: 'arnhem', match: match({ organisationId: 'esdoorn', organisationName: 'De Esdoorn', status: 'accepted', updatedAt: hoursAgo(3) }) },
          { id: 'm-withdrawn-region', regionId: 'tilburg', match: match({ organisationName: 'Elders' }) },
        ],
      }),
    );
    expect(view.matches.map((item) => item.id)).toEqual(['m-new', 'm-old']);
    expect(view.matches[0]).toEqual({
      id: 'm-new',
      regionId: 'arnhem',
      targetKind: 'school',
      organisationName: 'De Esdoorn',
      vacancyTitle: null,
      programmeName: null,
      status: 'accepted',
      plannedAt: null,
      updatedAt: hoursAgo(3),
    });
    expect(JSON.stringify(view)).not.toMatch(/Interne toelichting|Woont dichtbij|91|Elders/);
  });

  it('lists each school or institute of an open or started match once as a helper, with the organisation’s details', () => {
    const view = buildCandidateView(
      sources({
        adviser: null,
        matches: [
          { id: 'm1', regionId: 'nijmegen', match: match() },
          { id: 'm2', regionId: 'nijmegen', match: match({ vacancyId: 'v1', vacancyTitle: 'Leerkracht groep 5' }) },
          { id: 'm3', regionId: 'nijmegen', match: match({ organisationId: 'han', organisationName: 'HAN', targetKind: 'programme', status: 'started' }) },
          { id: 'm4', regionId: 'nijmegen', match: match({ organisationId: 'weg', organisationName: 'Afgewezen school', status: 'declined' }) },
          { id: 'm5', regionId: 'nijmegen', match: match({ organisationId: 'ingetrokken', organisationName: 'Ingetrokken', status: 'withdrawn' }) },
        ],
        organisations: new Map([[organisationKey('nijmegen', 'klimop'), organisation]]),
      }),
    );
    expect(view.helpers).toEqual([
      { kind: 'school', name: 'Basisschool De Klimop', organisation: null, regionId: 'nijmegen', email: null, phone: null, website: 'https://klimop.example.nl', place: 'Wijchen' },
      { kind: 'institute', name: 'HAN', organisation: null, regionId: 'nijmegen', email: null, phone: null, website: null, place: null },
    ]);
  });

  it('keeps the newest conversations of the dossier’s regions (no e-mails, no future ones), without summary or notes', () => {
    const many = Array.from({ length: viewContactLimit + 2 }, (_, i) => ({ id: `talk-${i}`, interaction: interaction({ performedAt: hoursAgo(10 + i) }) }));
    const view = buildCandidateView(
      sources({
        interactions: [
          ...many,
          { id: 'mail', interaction: interaction({ kind: 'email', performedAt: hoursAgo(1) }) },
          { id: 'planned', interaction: interaction({ performedAt: new Date(now.getTime() + 3_600_000) }) },
          { id: 'elsewhere', interaction: interaction({ regionId: 'tilburg', performedAt: hoursAgo(1) }) },
          { id: 'newest', interaction: interaction({ kind: 'phone', performedAt: hoursAgo(5) }) },
        ],
      }),
    );
    expect(view.recentContacts.map((contact) => contact.id)).toEqual(['newest', 'talk-0', 'talk-1', 'talk-2', 'talk-3'].slice(0, viewContactLimit));
    expect(view.recentContacts[0]).toEqual({ id: 'newest', kind: 'phone', performedAt: hoursAgo(5), regionId: 'nijmegen', authorName: 'Thomas' });
    expect(JSON.stringify(view)).not.toMatch(/Twijfelt|Gesprek/);
  });

  it('builds the same view from the same sources (only syncedAt follows the clock)', () => {
    const first = buildCandidateView(sources());
    const again = buildCandidateView(sources({ now: hoursAgo(-1) }));
    expect({ ...again, syncedAt: first.syncedAt }).toEqual(first);
  });
});
