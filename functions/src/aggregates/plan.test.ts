import { taskFacts, type LedgerFacts } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { ledgerSource, planContribution } from './plan.js';

const createdAt = new Date('2026-11-30T09:00:00Z');
const open: LedgerFacts = taskFacts({ assigneeUid: 'u1', dueDate: '2026-12-01', done: false, doneAt: null, createdAt });
const done: LedgerFacts = taskFacts({ assigneeUid: 'u1', dueDate: '2026-12-01', done: true, doneAt: new Date('2026-12-01T09:00:00Z'), createdAt });

describe('planContribution', () => {
  it('adds the whole contribution of a new source and stores its facts as its ledger', () => {
    const plan = planContribution(null, open);
    expect(plan.deltas.current).toEqual({ all: { 'tasks.open': 1, 'tasks.due.2026-12-01': 1 }, 'owner.u1': { 'tasks.open': 1, 'tasks.due.2026-12-01': 1 } });
    expect(plan.deltas['d-2026-11-30']?.all).toEqual({ 'tasks.created': 1 });
    expect(plan.ledger).toEqual({ action: 'set', facts: open });
  });

  it('applies only the difference to what the ledger holds, periods without change left out', () => {
    const plan = planContribution(open, done);
    expect(plan.deltas).toEqual({
      current: { all: { 'tasks.open': -1, 'tasks.due.2026-12-01': -1 }, 'owner.u1': { 'tasks.open': -1, 'tasks.due.2026-12-01': -1 } },
      'd-2026-12-01': { all: { 'tasks.done': 1 }, 'owner.u1': { 'tasks.done': 1 } },
      'w-2026-W49': { all: { 'tasks.done': 1 }, 'owner.u1': { 'tasks.done': 1 } },
      'm-2026-12': { all: { 'tasks.done': 1 }, 'owner.u1': { 'tasks.done': 1 } },
    });
    expect(plan.ledger).toEqual({ action: 'set', facts: done });
  });

  it('finds nothing to do when the same facts are applied again (a re-delivered event)', () => {
    expect(planContribution(open, { ...open })).toEqual({ deltas: {}, ledger: { action: 'keep' } });
  });

  it('takes back everything and deletes the ledger when the source is gone', () => {
    const plan = planContribution(open, null);
    expect(plan.deltas.current?.all).toEqual({ 'tasks.open': -1, 'tasks.due.2026-12-01': -1 });
    expect(plan.ledger).toEqual({ action: 'delete' });
    expect(planContribution(null, null)).toEqual({ deltas: {}, ledger: { action: 'keep' } });
  });

  it('rewrites the ledger when facts change without changing any count', () => {
    // A later creation time on the same day changes the facts but no count.
    const later = taskFacts({ assigneeUid: 'u1', dueDate: '2026-12-01', done: false, doneAt: null, createdAt: new Date('2026-11-30T10:00:00Z') });
    expect(planContribution(open, later)).toEqual({ deltas: {}, ledger: { action: 'set', facts: later } });
  });
});

describe('ledgerSource', () => {
  it('names a registration by its activity too, since registration ids repeat across activities', () => {
    expect(ledgerSource.registration('act-1', 'r1')).toBe('registration-act-1-r1');
    expect(ledgerSource.candidate('c1')).toBe('candidate-c1');
  });
});
