import { describe, expect, it } from 'vitest';
import { phases } from '../journey.js';
import type { JourneyStep } from '../schemas/candidate.js';
import {
  bottleneckKey,
  candidateContributions,
  candidateSlices,
  funnelColumns,
  matchContributions,
  phaseDaysBucket,
  reachedColumns,
  registrationContributions,
  taskContributions,
  type CandidateFacts,
  type Contributions,
} from './contributions.js';

const on = (isoDate: string, time = '10:00') => new Date(`${isoDate}T${time}:00Z`);
const step = (phase: JourneyStep['phase'], isoDate: string, status: JourneyStep['status'] = 'active', exitReason: JourneyStep['exitReason'] = null): JourneyStep => ({
  phase,
  status,
  exitReason,
  at: on(isoDate),
});

const journey = [step('interest', '2026-10-01'), step('orientation', '2026-10-05'), step('decision', '2026-10-20')];

const candidate = (overrides: Partial<CandidateFacts> = {}): CandidateFacts => ({
  phase: 'decision',
  status: 'active',
  exitReason: null,
  phaseSince: on('2026-10-20'),
  createdAt: on('2026-10-01'),
  journey,
  ownerUid: 'adviser-1',
  sectors: ['vo', 'mbo'],
  subjects: ['wiskunde'],
  functions: ['teacher'],
  qualifications: ['second_degree'],
  priorEducation: 'hbo_bachelor',
  source: 'website_form',
  bottlenecks: [],
  lastContactAt: on('2026-11-25'),
  ...overrides,
});

/** The keys of one period and slice that have a count. */
const keys = (contributions: Contributions, period: string, slice = 'all') => Object.keys(contributions[period]?.[slice] ?? {}).sort();

describe('candidateSlices', () => {
  it('puts a dossier in all, each distinct sector and subject, and its owner', () => {
    expect(candidateSlices({ sectors: ['vo', 'mbo', 'vo'], subjects: ['wiskunde', 'wiskunde'], ownerUid: 'adviser-1' })).toEqual([
      'all',
      'sector.vo',
      'sector.mbo',
      'subject.wiskunde',
      'owner.adviser-1',
    ]);
  });

  it('uses owner.none for an unowned dossier', () => {
    expect(candidateSlices({ sectors: [], subjects: [], ownerUid: null })).toEqual(['all', 'owner.none']);
  });
});

describe('candidateContributions: state', () => {
  it('counts an active dossier with every state key once, in every slice it belongs to', () => {
    const contributions = candidateContributions(candidate());
    const state = {
      total: 1,
      'column.decision': 1,
      'status.active': 1,
      'reached.interest': 1,
      'reached.orientation': 1,
      'reached.decision': 1,
      'source.website_form': 1,
      'sector.vo': 1,
      'sector.mbo': 1,
      'subject.wiskunde': 1,
      'function.teacher': 1,
      'qualification.second_degree': 1,
      'priorEducation.hbo_bachelor': 1,
      'owner.adviser-1': 1,
      'lastContactWeek.2026-W48': 1,
    };
    expect(Object.keys(contributions.current!).sort()).toEqual(['all', 'owner.adviser-1', 'sector.mbo', 'sector.vo', 'subject.wiskunde']);
    for (const slice of Object.values(contributions.current!)) expect(slice).toEqual(state);
  });

  it('records unknown prior education and falls back to the creation week without contact', () => {
    const state = candidateContributions(candidate({ priorEducation: null, lastContactAt: null })).current!.all!;
    expect(state['priorEducation.unknown']).toBe(1);
    expect(state['lastContactWeek.2026-W40']).toBe(1);
  });

  it('takes the week of the last contact in Dutch time', () => {
    // 22:30 UTC on Sunday 29 November is still Sunday in Amsterdam (week 48); 23:30 UTC is Monday, week 49.
    expect(keys(candidateContributions(candidate({ lastContactAt: new Date('2026-11-29T22:30:00Z') })), 'current')).toContain('lastContactWeek.2026-W48');
    expect(keys(candidateContributions(candidate({ lastContactAt: new Date('2026-11-29T23:30:00Z') })), 'current')).toContain('lastContactWeek.2026-W49');
  });

  it('counts only total, column, status, reached, bottlenecks for a paused dossier', () => {
    const paused = candidate({ status: 'paused', bottlenecks: ['Geen tijd', 'geen tijd!'], journey: [...journey, step('decision', '2026-11-02', 'paused')] });
    expect(keys(candidateContributions(paused), 'current')).toEqual([
      'bottleneck.geen-tijd',
      'column.paused',
      'reached.decision',
      'reached.interest',
      'reached.orientation',
      'status.paused',
      'total',
    ]);
  });

  it('counts an exit with its reason, or unknown, and no bottlenecks', () => {
    const exited = (exitReason: CandidateFacts['exitReason']) =>
      candidate({ status: 'exited', exitReason, bottlenecks: ['Geld'], journey: [...journey, step('decision', '2026-11-03', 'exited', exitReason)] });
    expect(keys(candidateContributions(exited('financial')), 'current')).toEqual([
      'column.exited',
      'exitReason.financial',
      'reached.decision',
      'reached.interest',
      'reached.orientation',
      'status.exited',
      'total',
    ]);
    expect(candidateContributions(exited(null)).current!.all!['exitReason.unknown']).toBe(1);
  });

  it('puts a started dossier at the end of the funnel', () => {
    const started = candidate({
      phase: 'preparation',
      status: 'started',
      journey: [...journey, step('matching', '2026-10-25'), step('preparation', '2026-11-01'), step('preparation', '2026-11-20', 'started')],
    });
    const state = candidateContributions(started).current!.all!;
    expect(state['column.started']).toBe(1);
    for (const column of funnelColumns) expect(state[`reached.${column}`], column).toBe(1);
  });
});

describe('reachedColumns', () => {
  it('counts every phase up to the furthest reached, also after moving back', () => {
    expect(reachedColumns([step('interest', '2026-10-01'), step('matching', '2026-10-02'), step('orientation', '2026-10-03')])).toEqual([
      'interest',
      'orientation',
      'decision',
      'matching',
    ]);
  });

  it('keeps the funnel monotone: whoever reached a column reached every column before it', () => {
    const statuses = ['active', 'paused', 'exited', 'started'] as const;
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let run = 0; run < 200; run++) {
      const steps = Array.from({ length: 1 + next(6) }, (_, i) => ({ phase: phases[next(phases.length)]!, status: statuses[next(4)]!, exitReason: null, at: on(`2026-10-${String(i + 1).padStart(2, '0')}`) }));
      const reached = new Set(reachedColumns(steps));
      const phaseFlags = phases.map((phase) => reached.has(phase));
      expect(phaseFlags.indexOf(false) === -1 || phaseFlags.slice(phaseFlags.indexOf(false)).every((flag) => !flag)).toBe(true);
      expect(reached.has('interest')).toBe(true);
    }
  });
});

describe('candidateContributions: flows', () => {
  it('counts the start in the day, week and month the journey began, with how far this cohort has come', () => {
    const contributions = candidateContributions(candidate());
    for (const period of ['d-2026-10-01', 'w-2026-W40', 'm-2026-10']) {
      expect(contributions[period]!.all).toMatchObject({
        new: 1,
        'newSource.website_form': 1,
        'enter.interest': 1,
        'cohort.reached.interest': 1,
        'cohort.reached.orientation': 1,
        'cohort.reached.decision': 1,
      });
    }
  });

  it('counts each step as enter, leave and move in its own periods, with the days spent in the phase left', () => {
    const contributions = candidateContributions(candidate());
    expect(contributions['d-2026-10-05']!.all).toEqual({ 'enter.orientation': 1, 'leave.interest': 1, 'move.interest.orientation': 1, 'phaseDays.interest.4': 1 });
    expect(contributions['d-2026-10-20']!['sector.vo']).toEqual({ 'enter.decision': 1, 'leave.orientation': 1, 'move.orientation.decision': 1, 'phaseDays.orientation.14': 1 });
    // The month holds all three events.
    expect(contributions['m-2026-10']!.all!['enter.decision']).toBe(1);
    expect(contributions['m-2026-10']!.all!.new).toBe(1);
  });

  it('counts a step at 23:30 UTC on 30 November on 1 December', () => {
    const late = candidate({ journey: [step('interest', '2026-11-01'), { ...step('orientation', '2026-11-30'), at: new Date('2026-11-30T23:30:00Z') }] });
    const contributions = candidateContributions(late);
    expect(contributions['d-2026-12-01']!.all!['enter.orientation']).toBe(1);
    expect(contributions['m-2026-12']!.all!['phaseDays.interest.28']).toBe(1);
    expect(contributions['d-2026-11-30']).toBeUndefined();
  });

  it('counts no time in phase for a pause, and counts an exit with its reason', () => {
    const contributions = candidateContributions(
      candidate({
        status: 'exited',
        exitReason: 'no_workplace_found',
        journey: [...journey, step('decision', '2026-11-02', 'paused'), step('decision', '2026-11-25', 'exited', 'no_workplace_found')],
      }),
    );
    expect(contributions['d-2026-11-02']!.all).toEqual({ 'enter.paused': 1, 'leave.decision': 1, 'move.decision.paused': 1, 'phaseDays.decision.13': 1 });
    expect(contributions['d-2026-11-25']!.all).toEqual({ 'enter.exited': 1, 'leave.paused': 1, 'move.paused.exited': 1, 'exit.no_workplace_found': 1 });
  });

  it('synthesises the flows of a dossier without stored history from creation and phaseSince', () => {
    const contributions = candidateContributions(candidate({ journey: undefined }));
    expect(contributions['d-2026-10-01']!.all!.new).toBe(1);
    expect(contributions['d-2026-10-20']!.all).toEqual({ 'enter.decision': 1, 'leave.interest': 1, 'move.interest.decision': 1, 'phaseDays.interest.14': 1 });
    expect(contributions['d-2026-10-05']).toBeUndefined();
  });
});

describe('phaseDaysBucket', () => {
  it('keeps whole days below two weeks', () => {
    expect([0, 1, 13, 13.9].map(phaseDaysBucket)).toEqual([0, 1, 13, 13]);
    expect(phaseDaysBucket(-3)).toBe(0);
  });

  it('rounds down to weeks from 14 to 181 days', () => {
    expect([14, 20, 21, 27, 28, 181].map(phaseDaysBucket)).toEqual([14, 14, 21, 21, 28, 175]);
  });

  it('rounds down to 30-day months from 182 to 729 days, and caps at 730', () => {
    expect([182, 211, 212, 241, 242, 729].map(phaseDaysBucket)).toEqual([182, 182, 212, 212, 242, 722]);
    expect([730, 731, 5000].map(phaseDaysBucket)).toEqual([730, 730, 730]);
  });

  it('never rounds up: a bucket is at most the days spent', () => {
    for (let days = 0; days < 800; days++) expect(phaseDaysBucket(days)).toBeLessThanOrEqual(days);
  });
});

describe('bottleneckKey', () => {
  it('makes a lower-case slug without accents', () => {
    expect(bottleneckKey('Geen tijd voor opleiding!')).toBe('geen-tijd-voor-opleiding');
    expect(bottleneckKey('  Financiële zorgen  ')).toBe('financiele-zorgen');
  });

  it('cuts long texts at 60 characters without a trailing dash, and names empty texts other', () => {
    const key = bottleneckKey(`${'a'.repeat(59)} b ${'c'.repeat(20)}`);
    expect(key).toBe('a'.repeat(59));
    expect(bottleneckKey('word '.repeat(30)).length).toBeLessThanOrEqual(60);
    expect(bottleneckKey('word '.repeat(30)).endsWith('-')).toBe(false);
    expect(bottleneckKey('!!!')).toBe('other');
  });
});

describe('taskContributions', () => {
  const task = { assigneeUid: 'adviser-2', dueDate: '2026-12-04', done: false, doneAt: null, createdAt: on('2026-11-20') };

  it('counts an open task by its due date in all and the assignee’s slice, and its creation', () => {
    const contributions = taskContributions(task);
    expect(contributions.current).toEqual({
      all: { 'tasks.open': 1, 'tasks.due.2026-12-04': 1 },
      'owner.adviser-2': { 'tasks.open': 1, 'tasks.due.2026-12-04': 1 },
    });
    expect(Object.keys(contributions).sort()).toEqual(['current', 'd-2026-11-20', 'm-2026-11', 'w-2026-W47']);
    expect(contributions['w-2026-W47']!['owner.adviser-2']).toEqual({ 'tasks.created': 1 });
  });

  it('counts a done task only as created and done', () => {
    const contributions = taskContributions({ ...task, done: true, doneAt: on('2026-11-26') });
    expect(contributions.current).toBeUndefined();
    expect(contributions['d-2026-11-26']!.all).toEqual({ 'tasks.done': 1 });
    expect(contributions['m-2026-11']!.all).toEqual({ 'tasks.created': 1, 'tasks.done': 1 });
  });
});

describe('matchContributions', () => {
  it('counts the status now and every step in the period it happened', () => {
    const contributions = matchContributions({
      status: 'interview_planned',
      steps: [
        { status: 'proposed', at: on('2026-11-02') },
        { status: 'accepted', at: on('2026-11-03') },
        { status: 'interview_planned', at: on('2026-11-10') },
      ],
    });
    expect(contributions.current).toEqual({ all: { 'match.interview_planned': 1 } });
    expect(contributions['m-2026-11']).toEqual({ all: { 'matchStep.proposed': 1, 'matchStep.accepted': 1, 'matchStep.interview_planned': 1 } });
    expect(contributions['w-2026-W45']).toEqual({ all: { 'matchStep.proposed': 1, 'matchStep.accepted': 1 } });
  });
});

describe('registrationContributions', () => {
  const registration = { status: 'attended', source: 'website', registeredAt: on('2026-11-12') } as const;

  it('counts a registration on the day it was made, with its status now and the activity kind', () => {
    expect(registrationContributions(registration, 'webinar')['d-2026-11-12']).toEqual({
      all: { 'registrations.attended': 1, 'registrationSource.website': 1, 'registrationsByKind.webinar.attended': 1 },
    });
  });

  it('counts without a kind when the activity is gone, and never in the state period', () => {
    const contributions = registrationContributions(registration, null);
    expect(contributions['m-2026-11']).toEqual({ all: { 'registrations.attended': 1, 'registrationSource.website': 1 } });
    expect(contributions.current).toBeUndefined();
  });
});
