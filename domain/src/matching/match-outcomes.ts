import type { Match, MatchStatus } from '../schemas/matching.js';

/** The outcomes the results chart counts; contract (school) and enrolled (programme) are one line. */
export const outcomeSeries = ['proposed', 'accepted', 'declined', 'interview_planned', 'contract_enrolled', 'started'] as const;
export type OutcomeSeries = (typeof outcomeSeries)[number];

const seriesOf: Partial<Record<MatchStatus, OutcomeSeries>> = {
  proposed: 'proposed',
  accepted: 'accepted',
  declined: 'declined',
  interview_planned: 'interview_planned',
  contract: 'contract_enrolled',
  enrolled: 'contract_enrolled',
  started: 'started',
};

export type MonthOutcomes = { month: Date } & Record<OutcomeSeries, number>;

/**
 * Steps per calendar month and outcome over the last `months` months (this one included),
 * from the matches' own steps: a match proposed in March and accepted in April counts in both.
 */
export function outcomesPerMonth(matches: readonly Pick<Match, 'steps'>[], now: Date, months = 12): MonthOutcomes[] {
  const start = new Date(now.getFullYear(), now.getMonth() - (months - 1), 1);
  const rows: MonthOutcomes[] = Array.from({ length: months }, (_, index) => ({
    month: new Date(start.getFullYear(), start.getMonth() + index, 1),
    proposed: 0,
    accepted: 0,
    declined: 0,
    interview_planned: 0,
    contract_enrolled: 0,
    started: 0,
  }));
  for (const match of matches) {
    for (const step of match.steps) {
      const series = seriesOf[step.status];
      if (!series || step.at < start || step.at > now) continue;
      const index = (step.at.getFullYear() - start.getFullYear()) * 12 + step.at.getMonth() - start.getMonth();
      const row = rows[index];
      if (row) row[series] += 1;
    }
  }
  return rows;
}
