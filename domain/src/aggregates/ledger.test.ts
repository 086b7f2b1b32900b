import { describe, expect, it } from 'vitest';
import type { JourneyStep } from '../schemas/candidate.js';
import { candidateContributions, registrationContributions, taskContributions, type CandidateFacts, type Contributions } from './contributions.js';
import { addCounts } from './counts.js';
import { ledgerFactsSchema } from '../schemas/platform.js';
import {
  candidateFacts,
  contributionDelta,
  contributionsOfFacts,
  flattenContributions,
  matchFacts,
  registrationFacts,
  sameFacts,
  sumContributions,
  taskFacts,
  unflattenContributions,
  withoutZeroSlices,
} from './ledger.js';

const on = (isoDate: string) => new Date(`${isoDate}T10:00:00Z`);
const step = (phase: JourneyStep['phase'], isoDate: string, status: JourneyStep['status'] = 'active'): JourneyStep => ({ phase, status, exitReason: null, at: on(isoDate) });

const candidate = (overrides: Partial<CandidateFacts> = {}): CandidateFacts => ({
  phase: 'orientation',
  status: 'active',
  exitReason: null,
  phaseSince: on('2026-10-05'),
  createdAt: on('2026-10-01'),
  journey: [step('interest', '2026-10-01'), step('orientation', '2026-10-05')],
  ownerUid: 'adviser-1',
  sectors: ['po'],
  subjects: ['groepsleerkracht_po'],
  functions: ['teacher'],
  qualifications: ['pabo'],
  priorEducation: 'wo_master',
  source: 'adviser',
  bottlenecks: [],
  lastContactAt: on('2026-11-20'),
  ...overrides,
});

/** Adding flat maps one by one: what the triggers do over time. */
const fold = (all: Contributions[]) => unflattenContributions(all.reduce<Record<string, number>>((sum, c) => addCounts(sum, flattenContributions(c)), {}));

describe('flattenContributions and unflattenContributions', () => {
  it('round-trips a contribution through the ledger form', () => {
    const contributions = candidateContributions(candidate());
    expect(unflattenContributions(flattenContributions(contributions))).toEqual(contributions);
  });

  it('joins period, slice and key with ~ and keeps the dots of slices and keys', () => {
    const flat = flattenContributions(taskContributions({ assigneeUid: 'adviser-1', dueDate: '2026-12-01', done: false, doneAt: null, createdAt: on('2026-11-20') }));
    expect(flat['current~owner.adviser-1~tasks.due.2026-12-01']).toBe(1);
    expect(flat['d-2026-11-20~all~tasks.created']).toBe(1);
  });

  it('leaves zero counts out of the ledger', () => {
    expect(flattenContributions({ current: { all: { total: 0, 'status.active': 2 } } })).toEqual({ 'current~all~status.active': 2 });
  });
});

describe('contributionDelta', () => {
  it('is empty when a write did not change what the document adds, so re-delivery changes nothing', () => {
    const flat = flattenContributions(candidateContributions(candidate()));
    expect(contributionDelta(flat, { ...flat })).toEqual({});
  });

  it('moves a dossier between columns and adds the step, without touching the total or the start', () => {
    const before = candidate();
    const after = candidate({ phase: 'decision', phaseSince: on('2026-11-10'), journey: [...before.journey!, step('decision', '2026-11-10')] });
    const delta = contributionDelta(flattenContributions(candidateContributions(before)), flattenContributions(candidateContributions(after)));
    expect(delta.current!.all).toEqual({ 'column.orientation': -1, 'column.decision': 1, 'reached.decision': 1 });
    expect(delta['d-2026-11-10']!.all).toEqual({ 'enter.decision': 1, 'leave.orientation': 1, 'move.orientation.decision': 1, 'phaseDays.orientation.35': 1 });
    // The cohort of October has now come further.
    expect(delta['m-2026-10']!.all).toEqual({ 'cohort.reached.decision': 1 });
    expect(delta['d-2026-10-05']).toBeUndefined();
  });

  it('moves every count of a dossier from one owner slice to the other when it changes hands', () => {
    const delta = contributionDelta(flattenContributions(candidateContributions(candidate())), flattenContributions(candidateContributions(candidate({ ownerUid: null }))));
    expect(delta.current!['owner.adviser-1']!.total).toBe(-1);
    expect(delta.current!['owner.none']!.total).toBe(1);
    expect(delta.current!.all).toEqual({ 'owner.adviser-1': -1, 'owner.none': 1 });
    expect(delta['d-2026-10-01']!['owner.adviser-1']!.new).toBe(-1);
  });

  it('takes everything back when the source is gone', () => {
    const flat = flattenContributions(candidateContributions(candidate()));
    expect(flattenContributions(contributionDelta(flat, {}))).toEqual(Object.fromEntries(Object.entries(flat).map(([key, value]) => [key, -value])));
  });
});

describe('sumContributions', () => {
  const sources = [
    candidateContributions(candidate()),
    candidateContributions(candidate({ sectors: ['vo'], subjects: ['wiskunde'], ownerUid: null })),
    candidateContributions(candidate({ status: 'paused', journey: [step('interest', '2026-10-01'), step('orientation', '2026-10-05', 'paused')] })),
    taskContributions({ assigneeUid: 'adviser-1', dueDate: '2026-12-01', done: false, doneAt: null, createdAt: on('2026-10-05') }),
    registrationContributions({ status: 'registered', source: 'adviser', registeredAt: on('2026-10-01') }, 'open_day'),
  ];

  it('equals adding the contributions one by one', () => {
    expect(sumContributions(sources)).toEqual(fold(sources));
  });

  it('does not depend on the order of the sources', () => {
    expect(sumContributions([...sources].reverse())).toEqual(sumContributions(sources));
  });

  it('adds up what several sources count on the same day', () => {
    const sum = sumContributions(sources);
    expect(sum.current!.all!.total).toBe(3);
    expect(sum.current!.all!['status.active']).toBe(2);
    expect(sum['d-2026-10-01']!.all).toMatchObject({ new: 3, 'registrations.registered': 1 });
    expect(sum['d-2026-10-05']!.all).toMatchObject({ 'tasks.created': 1, 'enter.orientation': 2, 'enter.paused': 1 });
    expect(sum.current!['sector.vo']!.total).toBe(1);
  });

  it('equals the maintained aggregate after changes applied as deltas', () => {
    const versions = [candidate(), candidate({ phase: 'decision', journey: [...candidate().journey!, step('decision', '2026-11-01')] }), candidate({ sectors: ['mbo'] })];
    let maintained: Record<string, number> = flattenContributions(sources[1]!);
    let ledger: Record<string, number> = {};
    for (const version of versions) {
      const fresh = flattenContributions(candidateContributions(version));
      maintained = addCounts(maintained, flattenContributions(contributionDelta(ledger, fresh)));
      ledger = fresh;
    }
    expect(unflattenContributions(maintained)).toEqual(sumContributions([sources[1]!, candidateContributions(versions.at(-1)!)]));
  });

  it('leaves out counts that cancel to zero', () => {
    expect(sumContributions([{ current: { all: { total: 1 } } }, { current: { all: { total: -1, x: 1 } } }])).toEqual({ current: { all: { x: 1 } } });
  });
});

describe('withoutZeroSlices', () => {
  it('drops zero counts and the slices left empty', () => {
    expect(withoutZeroSlices({ all: { total: 2, 'status.paused': 0 }, 'owner.x': { total: 0 } })).toEqual({ all: { total: 2 } });
  });
});

describe('ledger facts', () => {
  it('keep what a dossier contributes, and nothing personal', () => {
    const full = { ...candidate({ bottlenecks: ['Geen passende vacature!', 'geen passende vacature'] }), name: 'Sanne de Boer', email: 'sanne@example.nl', notes: 'vertrouwelijk' };
    const facts = candidateFacts(full);
    expect(ledgerFactsSchema.parse(facts)).toEqual(facts);
    expect(JSON.stringify(facts)).not.toMatch(/Sanne|example|vertrouwelijk|Geen passende/);
    expect(facts.kind === 'candidate' && facts.candidate.bottlenecks).toEqual(['geen-passende-vacature']);
    expect(contributionsOfFacts(facts)).toEqual(candidateContributions(full));
  });

  it('give a dossier without a stored history the one journeyOf rebuilds', () => {
    const facts = candidateFacts(candidate({ journey: undefined, phase: 'decision', phaseSince: on('2026-11-01') }));
    expect(facts.kind === 'candidate' && facts.candidate.journey.map((s) => s.phase)).toEqual(['interest', 'decision']);
  });

  it('count tasks, matches and registrations as their contributions do', () => {
    const task = { assigneeUid: 'u1', dueDate: '2026-12-01', done: false, doneAt: null, createdAt: on('2026-11-30') };
    expect(contributionsOfFacts(taskFacts(task))).toEqual(taskContributions(task));
    const registration = { status: 'attended' as const, source: 'website' as const, registeredAt: on('2026-11-02') };
    expect(contributionsOfFacts(registrationFacts(registration, 'webinar'))).toEqual(registrationContributions(registration, 'webinar'));
    const match = matchFacts({ status: 'contract', steps: [{ status: 'proposed', at: on('2026-10-01') }, { status: 'contract', at: on('2026-11-01') }] });
    expect(flattenContributions(contributionsOfFacts(match))).toMatchObject({ 'current~all~match.contract': 1, 'm-2026-10~all~matchStep.proposed': 1, 'm-2026-11~all~matchStep.contract': 1 });
  });

  it('compare equal whatever the order of their keys, and differ on any value', () => {
    const facts = candidateFacts(candidate());
    const reordered = JSON.parse(JSON.stringify(facts), (key, value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : value));
    const shuffled = Object.fromEntries(Object.entries(reordered.candidate).reverse());
    expect(sameFacts(facts, { kind: 'candidate', candidate: shuffled } as typeof facts)).toBe(true);
    expect(sameFacts(facts, candidateFacts(candidate({ ownerUid: 'adviser-2' })))).toBe(false);
    expect(sameFacts(facts, candidateFacts(candidate({ lastContactAt: on('2026-11-21') })))).toBe(false);
  });
});
