import { describe, expect, it } from 'vitest';
import type { MatchStep } from '../schemas/matching.js';
import { outcomesPerMonth } from './match-outcomes.js';

const step = (status: MatchStep['status'], at: string): MatchStep => ({ status, at: new Date(at), by: 'adviser', note: null });

describe('outcomesPerMonth', () => {
  const now = new Date(2026, 10, 30, 12); // 30 November 2026

  it('counts each step in the month it happened, contract and enrolled as one line', () => {
    const rows = outcomesPerMonth(
      [
        { steps: [step('proposed', '2026-03-10T10:00:00'), step('accepted', '2026-04-02T10:00:00'), step('contract', '2026-04-20T10:00:00')] },
        { steps: [step('proposed', '2026-04-01T10:00:00'), step('enrolled', '2026-04-15T10:00:00'), step('started', '2026-11-01T10:00:00')] },
      ],
      now,
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]!.month).toEqual(new Date(2025, 11, 1));
    const april = rows.find((row) => row.month.getMonth() === 3)!;
    expect(april).toMatchObject({ proposed: 1, accepted: 1, contract_enrolled: 2, started: 0 });
    const march = rows.find((row) => row.month.getMonth() === 2)!;
    expect(march).toMatchObject({ proposed: 1, accepted: 0 });
    expect(rows.at(-1)).toMatchObject({ started: 1 });
  });

  it('leaves out steps before the window, after now, and steps it does not chart', () => {
    const rows = outcomesPerMonth(
      [{ steps: [step('proposed', '2025-11-30T10:00:00'), step('withdrawn', '2026-05-01T10:00:00'), step('accepted', '2026-12-01T10:00:00')] }],
      now,
    );
    const total = rows.reduce((sum, row) => sum + row.proposed + row.accepted + row.declined + row.interview_planned + row.contract_enrolled + row.started, 0);
    expect(total).toBe(0);
  });
});
